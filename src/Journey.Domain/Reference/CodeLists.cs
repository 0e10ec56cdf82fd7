namespace Journey.Domain.Reference;

/// <summary>
/// Official code lists (CIN census, SSDA903, ...) from seeds/reference/code-lists.csv. Journey stores
/// the official codes themselves so statutory returns need no translation.
/// </summary>
public sealed class CodeLists
{
    public const string CinReferralSource = "cin-referral-source";
    public const string CinPrimaryNeed = "cin-primary-need";
    public const string CinAbuseCategory = "cin-abuse-category";
    public const string CinClosureReason = "cin-closure-reason";
    public const string CinAssessmentFactor = "cin-assessment-factor";
    public const string LegalStatus = "ssda903-legal-status";
    public const string PlacementType = "ssda903-placement-type";
    public const string PlacementChangeReason = "ssda903-placement-change-reason";
    public const string ReasonEpisodeCeased = "ssda903-reason-episode-ceased";
    public const string ReviewParticipation = "ssda903-review-participation";
    public const string InTouch = "oc3-in-touch";
    public const string Activity = "oc3-activity";
    public const string Accommodation = "oc3-accommodation";

    /// <summary>
    /// The child's sex as the CIN census codes it from 2024 to 2025 (ChildIdentifiers Sex, N00783:
    /// M, F, U; validation rule 4180). The SSDA903 SEX item (1 male, 2 female: its rule 101) is
    /// <see cref="Ssda903Sex"/>; a return maps M to 1 and F to 2.
    /// </summary>
    public const string Sex = "cin-sex";

    /// <summary>SSDA903 header SEX: 1 male, 2 female (kept for the mapping; Journey records <see cref="Sex"/>).</summary>
    public const string Ssda903Sex = "ssda903-sex";

    /// <summary>The DfE ethnicity codes both the CIN census and the SSDA903 (ETHNIC, its rule 103) use, WBRI..NOBT.</summary>
    public const string Ethnicity = "dfe-ethnicity";

    // What the statutory returns need beyond the steps' own codes (decision 79; docs/events.md
    // "What the statutory returns need"). Each list is the one the named validation rule checks.

    /// <summary>CIN census UPNunknown, why a child has no UPN: UN1..UN7 (rules 8770Q and 8772; the validator's own tests call UN8 invalid).</summary>
    public const string UpnUnknown = "cin-upn-unknown";

    /// <summary>CIN census Disability codes, NONE alone when none (rules 8540, 8790, 8794).</summary>
    public const string Disability = "cin-disability";

    /// <summary>SSDA903 episode CIN, the category of need: N1..N8 (rule 145; the census's N0 and N9 are not among them).</summary>
    public const string CategoryOfNeed = "ssda903-category-of-need";

    /// <summary>SSDA903 PLACE_PROVIDER: PR0..PR5 (rule 178).</summary>
    public const string PlacementProvider = "ssda903-placement-provider";

    /// <summary>SSDA903 PREV_PERM: P1..P4, Z1 (rule 631).</summary>
    public const string PreviousPermanence = "ssda903-previous-permanence";

    /// <summary>SSDA903 LA_PERM: the DfE numbers of English authorities, WAL, SCO, NIR, NUK (rule 633).</summary>
    public const string PreviousPermanenceAuthority = "ssda903-previous-permanence-authority";

    /// <summary>SSDA903 SW_REASON, why the social worker changed (rule SW13, 2024-25 onwards).</summary>
    public const string SocialWorkerChangeReason = "ssda903-social-worker-change-reason";

    /// <summary>SSDA903 MISSING: M missing, A away from placement without authorisation (rule 1006).</summary>
    public const string MissingOrAway = "ssda903-missing";

    /// <summary>SSDA903 OC2 SDQ_REASON, why no SDQ score: SDQ1..SDQ5 (rule 196).</summary>
    public const string SdqReason = "ssda903-sdq-reason";

    /// <summary>SSDA903 AD1 SEX_ADOPTR: M1, F1, MM, FF, MF (rule 176).</summary>
    public const string AdopterSex = "ssda903-adopter-sex";

    /// <summary>SSDA903 AD1 LS_ADOPTR: L0, L11, L12, L2, L3, L4 (rule 177).</summary>
    public const string AdopterLegalStatus = "ssda903-adopter-legal-status";

    /// <summary>SSDA903 REASON_PLACED_CEASED, why a child should no longer be placed for adoption: RD1..RD4 (rule 120).</summary>
    public const string ReasonPlacedCeased = "ssda903-reason-placed-ceased";

    private static readonly Lazy<CodeLists> Official = new(() =>
    {
        using var reader = EmbeddedReference.Open("code-lists.csv");
        return Parse(reader, "code-lists.csv");
    });

    private readonly Dictionary<string, Dictionary<string, string>> _lists;

    private CodeLists(Dictionary<string, Dictionary<string, string>> lists) => _lists = lists;

    public static CodeLists Default => Official.Value;

    public static CodeLists Parse(TextReader reader, string source)
    {
        var lists = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (_, f) in SimpleCsv.Read(reader, source))
        {
            if (!lists.TryGetValue(f["list"], out var codes))
                lists[f["list"]] = codes = new Dictionary<string, string>(StringComparer.Ordinal);
            codes[f["code"]] = f["description"];
        }
        return new CodeLists(lists);
    }

    public bool Contains(string list, string? code) =>
        code is not null && _lists.TryGetValue(list, out var codes) && codes.ContainsKey(code);

    public IReadOnlyCollection<string> Codes(string list) =>
        _lists.TryGetValue(list, out var codes) ? codes.Keys : throw new KeyNotFoundException($"No code list {list}.");
}
