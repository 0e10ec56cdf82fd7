using Journey.Api.Access;
using Journey.Api.Export;
using Journey.Projections.Disposal;

namespace Journey.Api.SubjectAccess;

/// <summary>
/// Everything Journey holds about one child, in one answer, for the authority's response to a subject
/// access request (decision 68): a header saying what it is, for whom and as at when, the journey as
/// the export gives it (every step with its provenance, measures and chains), every logged read of the
/// record and, for a record disposed of, its disposal (the journey is then null).
/// </summary>
public sealed record SubjectAccessBundle(
    string Bundle,
    string About,
    string Redaction,
    string ChildId,
    DateTimeOffset AsAt,
    string GeneratedBy,
    ChildExport? Journey,
    IReadOnlyList<AccessLogEntry> AccessLog,
    DisposalRow? Disposal)
{
    public const string Kind = "subject-access";

    public static string Describe(string childId, DateTimeOffset asAt) =>
        $"Everything Journey holds about child {childId} as at {asAt:yyyy-MM-dd HH:mm:ss}Z, for the authority's response to a subject access request " +
        "(UK GDPR article 15): each step of the journey with who recorded it and when, every correction and withdrawal beside what it changed, " +
        "the timeliness measures and chains, and every logged read of the record (who, when, which view), this one included.";

    /// <summary>What the authority must do before releasing it: the service cannot tell whose information a free-text field holds.</summary>
    public const string RedactionNote =
        "Not for release as it stands. Steps name other people (family members, professionals, referrers) and hold what they said: " +
        "information relating to another individual who can be identified is for the authority to redact, or to disclose with consent " +
        "or where reasonable, before release (Data Protection Act 2018, Schedule 2, paragraph 16).";
}
