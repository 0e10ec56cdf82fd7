namespace Journey.Domain.Retention;

/// <summary>
/// One row of the retention schedule (seeds/reference/retention-schedule.csv): how long a kind of
/// record is kept, from what, in force from <see cref="EffectiveFrom"/>, with the source it rests
/// on, the source's own words and where those words were read (decision 66).
/// </summary>
public sealed record RetentionRule(
    string RuleId,
    string Kind,
    string Starts,
    int Years,
    DateOnly EffectiveFrom,
    string Source,
    string Words,
    string ReadFrom);

/// <summary>
/// The kinds of record a child's journey makes, from the least to the most involvement. Every
/// kind the journey shows applies, and the one whose period ends last wins.
/// </summary>
public static class RetentionKinds
{
    /// <summary>Contacts (and front-door decisions) only: nothing else applies.</summary>
    public const string ContactOnly = "contact-only";
    public const string EarlyHelp = "early-help";
    /// <summary>Referred: a referral accepted, an assessment started, or a child in need plan.</summary>
    public const string ChildInNeed = "child-in-need";
    /// <summary>A strategy discussion, section 47 enquiry, initial conference or child protection plan.</summary>
    public const string ChildProtection = "child-protection";
    public const string LookedAfter = "looked-after";
    /// <summary>A personal adviser, pathway plan, care leaver's contact or leaving-care needs assessment.</summary>
    public const string CareLeaver = "care-leaver";
    /// <summary>An adoption order made.</summary>
    public const string Adopted = "adopted";

    /// <summary>In order of involvement: when two kinds' periods end on the same day, the later one here is named.</summary>
    public static readonly IReadOnlyList<string> All = [ContactOnly, EarlyHelp, ChildInNeed, ChildProtection, LookedAfter, CareLeaver, Adopted];
}

/// <summary>What a retention period counts from.</summary>
public static class RetentionStarts
{
    /// <summary>The child's date of birth: "until the child reaches the age of 30", "until the 75th anniversary of birth".</summary>
    public const string Birth = "birth";
    /// <summary>The date of death of a child who died before 18: replaces the kind's birth row when it applies.</summary>
    public const string DeathBefore18 = "death-before-18";
    /// <summary>The date of the adoption order.</summary>
    public const string AdoptionOrder = "adoption-order";
    /// <summary>
    /// The case's closure: the date of the journey's latest step, which for a closed case is its
    /// closure or a step after it (a case worked after closing, or never closed, counts from its latest step).
    /// </summary>
    public const string CaseClosed = "case-closed";

    public static readonly IReadOnlyList<string> All = [Birth, DeathBefore18, AdoptionOrder, CaseClosed];
}
