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
