namespace Journey.Api.Returns.Cin;

/// <summary>
/// One child of the CIN census as the 2025 to 2026 specification structures it (Child: ChildIdentifiers,
/// ChildCharacteristics, CINdetails*), holding only what the journey records; what it does not hold is a
/// <see cref="MissingItem"/> beside it. Dates are UK dates.
/// </summary>
public sealed record CinChild(string LaChildId, CinIdentifiers Identifiers, CinCharacteristics Characteristics, IReadOnlyList<CinEpisode> Episodes)
{
    /// <summary>The child's id in Journey, which the access log names; <see cref="LaChildId"/> is its census form (decision 95).</summary>
    public string ChildId { get; init; } = LaChildId;
}

/// <summary>
/// PersonBirthDate or ExpectedPersonBirthDate (an unborn child), Sex (M, F, U; rule 4180), the UPN with its check
/// letter or the reason there is none (UPNunknown, UN1 to UN10; rules 1510 to 1550, query 8770Q), a FormerUPN, and
/// the PersonDeathDate.
/// </summary>
public sealed record CinIdentifiers(DateOnly? BirthDate, DateOnly? ExpectedBirthDate, string? Sex,
    string? Upn = null, string? FormerUpn = null, string? UpnUnknown = null, DateOnly? DeathDate = null);

/// <summary>Ethnicity, the DfE's code (rule 4220), and the child's disabilities (NONE alone for none; rules 8540, 8790, 8794).</summary>
public sealed record CinCharacteristics(string? Ethnicity, IReadOnlyList<string>? Disabilities = null);

/// <summary>
/// One CINdetails group: an episode of need from its referral (CINreferralDate) to its closure (CINclosureDate and
/// ReasonForClosure, when closed by the reference date), with what happened in it during the year.
/// </summary>
/// <param name="DateOfInitialCpc">An initial conference held with no section 47 enquiry in the episode: a plan transferred in.</param>
public sealed record CinEpisode(
    DateOnly ReferralDate,
    string ReferralSource,
    string? PrimaryNeed,
    DateOnly? ClosureDate,
    string? ReasonForClosure,
    DateOnly? DateOfInitialCpc,
    bool ReferralNfa,
    IReadOnlyList<CinAssessment> Assessments,
    IReadOnlyList<CinPlanDates> CinPlans,
    IReadOnlyList<CinSection47> Section47s,
    IReadOnlyList<CinProtectionPlan> ProtectionPlans);

/// <summary>An assessment open at some point in the year; authorised (with its factors) when authorised in it.</summary>
public sealed record CinAssessment(DateOnly StartDate, DateOnly? AuthorisationDate, IReadOnlyList<string> Factors);

/// <summary>A child in need plan open at some point in the year.</summary>
public sealed record CinPlanDates(DateOnly StartDate, DateOnly? EndDate);

/// <summary>A section 47 enquiry with activity in the year: its start, the conference's target and date, or that none was needed.</summary>
public sealed record CinSection47(DateOnly StartDate, DateOnly InitialCpcTarget, DateOnly? DateOfInitialCpc, bool IcpcNotRequired);

/// <summary>A child protection plan open at some point in the year, with its categories, the plans before it and the year's reviews.</summary>
public sealed record CinProtectionPlan(
    DateOnly StartDate,
    DateOnly? EndDate,
    string InitialCategory,
    string LatestCategory,
    int NumberOfPreviousPlans,
    IReadOnlyList<DateOnly> ReviewDates);
