using static Journey.Api.Authorisation.JourneyRoles;

namespace Journey.Api.Authorisation;

/// <summary>
/// Who may call an endpoint. <see cref="AnyChild"/> roles may, for any child; <see cref="TeamScoped"/>
/// roles may for a child held by a team in their token's "team" claims (and, when one of them is a
/// front-door team, a child no team holds: decision 60), and <see cref="RemitScoped"/> roles for a
/// child in their remit (<see cref="Remits"/>); the child is the request's <see cref="Access.AccessSubject"/>,
/// and a list without one shows only the children so readable (<see cref="ReadScope"/>). A write is
/// checked as a read is, so nobody records for a child they may not read (decision 61). An analyst may read a <see cref="Pseudonymised"/> view, and is then
/// answered with pseudonyms for children and no names. The rule's name is what a refusal (403 problem) names.
/// </summary>
public sealed record AccessRule(string Name, string Summary, IReadOnlyList<string> AnyChild, IReadOnlyList<string> TeamScoped, bool Pseudonymised = false)
{
    public string PolicyName => "journey-" + Name;

    /// <summary>Roles that may, for a child in their role's remit (decision 55).</summary>
    public IReadOnlyList<string> RemitScoped { get; init; } = [];
}

/// <summary>
/// Every endpoint's rule, by convention over method and route so an endpoint added later gets one
/// without anyone remembering to (a write on a child is recorded by the team holding the case; a
/// read of a child's record is the team's, a conference chair's, a personal adviser's or an
/// auditor's; any other read is a list of rows, pseudonymised for analysts), with the exceptions
/// named here. Decision 51 in docs/decisions.md.
/// </summary>
public static class AccessRules
{
    private static readonly string[] None = [];
    private static readonly string[] CaseRoles = [Practitioner, TeamManager];
    private static readonly string[] RemitRoles = [ReviewingOfficer, PersonalAdviser];

    public static readonly AccessRule RecordStep = new("record-step",
        "Steps on a child are recorded by practitioners and team managers of the team holding the case; while no team holds it, by the front-door teams (MASH).",
        None, CaseRoles);

    public static readonly AccessRule RecordContact = new("record-contact",
        "A contact is recorded by the front-door teams (MASH) for a child no team holds, and by the team holding the case for a held child: " +
        "a concern about an open case goes to the team that holds it.",
        None, CaseRoles);

    public static readonly AccessRule RecordConference = new("record-conference",
        "Conference and review steps are recorded by reviewing officers (conference chairs, IROs) for the children in their remit, or by the team holding the case.",
        None, CaseRoles)
    {
        RemitScoped = [ReviewingOfficer],
    };

    public static readonly AccessRule RecordLeavingCare = new("record-leaving-care",
        "Leaving-care steps are recorded by personal advisers for the children in their remit, or by the team holding the case.",
        None, CaseRoles)
    {
        RemitScoped = [PersonalAdviser],
    };

    public static readonly AccessRule ReadChild = new("read-child",
        "A child's record is read by the team holding the case (the front-door teams while no team holds it), reviewing officers and personal advisers of children in their remit, and auditors.",
        [Auditor], CaseRoles)
    {
        RemitScoped = RemitRoles,
    };

    public static readonly AccessRule ReadFamily = new("read-family",
        "A family's membership is read by practitioners, team managers, reviewing officers, personal advisers and auditors.",
        [Practitioner, TeamManager, ReviewingOfficer, PersonalAdviser, Auditor], None);

    public static readonly AccessRule ReadRows = new("read-rows",
        "Child-level rows are read by practitioners and team managers (of the children their teams hold, and at the front door those no team holds), " +
        "reviewing officers and personal advisers (of the children in their remit) and auditors; analysts read them pseudonymised.",
        [Auditor], CaseRoles, Pseudonymised: true)
    {
        RemitScoped = RemitRoles,
    };

    public static readonly AccessRule ReadAggregates = new("read-aggregates",
        "Aggregate figures (KPI pack, recording lag) are read by every role that works with children's records and by analysts.",
        [Practitioner, TeamManager, ReviewingOfficer, PersonalAdviser, Analyst, Auditor], None);

    public static readonly AccessRule ReadOperations = new("read-operations",
        "How far projections trail the event store is read by administrators, auditors and analysts.",
        [Administrator, Auditor, Analyst], None);

    public static readonly AccessRule ReadAccessLog = new("read-access-log",
        "The access log is read by auditors only.",
        [Auditor], None);

    public static readonly AccessRule Verify = new("verify-chains",
        "Hash chains are verified by auditors and administrators.",
        [Auditor, Administrator], None);

    public static readonly AccessRule Administer = new("administer",
        "Operations on the whole store are for administrators.",
        [Administrator], None);

    public static readonly AccessRule Import = new("import",
        "Importing history recorded by others is for importers (migration officers) and administrators.",
        [Importer, Administrator], None);

    public static readonly AccessRule ReadRetention = new("read-retention",
        "Children whose record's retention period has ended are listed for administrators (records management) and auditors.",
        [Administrator, Auditor], None);

    public static readonly AccessRule DisposeRecord = new("dispose-record",
        "A child's record is disposed of at the end of its retention period by administrators, naming who authorised it.",
        [Administrator], None);

    public static readonly AccessRule SubjectAccess = new("subject-access",
        "A child's subject access bundle is read by auditors.",
        [Auditor], None);

    public static readonly AccessRule ReadReturns = new("read-returns",
        "Statutory returns (CIN census, SSDA903, Annex A) hold every child's real identity: they are read by returns officers, and by auditors reconciling what was sent.",
        [ReturnsOfficer, Auditor], None);

    public static readonly AccessRule ReadReadiness = new("read-readiness",
        "The return-readiness list names each child whose record would break a return's rule, to be mended: " +
        "read by team managers for the children their teams hold, by returns officers and by auditors.",
        [ReturnsOfficer, Auditor], [TeamManager]);

    public static readonly IReadOnlyList<AccessRule> All =
        [RecordStep, RecordContact, RecordConference, RecordLeavingCare, ReadChild, ReadFamily, ReadRows, ReadAggregates, ReadOperations, ReadAccessLog, Verify, Administer, Import,
         ReadRetention, DisposeRecord, SubjectAccess, ReadReturns, ReadReadiness];

    /// <summary>Every read under it is a statutory return or a part of one (decision 82).</summary>
    public const string ReturnsRoutes = "/api/returns/";

    private const string ChildSteps = "/api/children/{childId}/";

    /// <summary>The steps a conference chair or IRO chairs or decides in a conference or review.</summary>
    public static readonly IReadOnlySet<string> ConferenceSteps = new HashSet<string>(StringComparer.Ordinal)
    {
        "initial-conferences", "initial-conferences/schedules", "protection-plans/review-conferences",
        "protection-plans/midway-reviews", "protection-plans/category-changes", "protection-plans/ended",
        "care/reviews", "care/reviews-not-held",
    };

    private static readonly Dictionary<string, AccessRule> Exceptions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["POST /api/import"] = Import,
        ["POST /api/admin/rebuild"] = Administer,
        ["GET /api/verification"] = Verify,
        ["GET /api/children/{childId}/verification"] = Verify,
        ["GET /api/access-log"] = ReadAccessLog,
        ["GET /api/children/{childId}/access-log"] = ReadAccessLog,
        ["GET /api/families/{familyId}"] = ReadFamily,
        ["GET /api/kpi-pack"] = ReadAggregates,
        ["GET /api/kpi-pack.csv"] = ReadAggregates,
        ["GET /api/recording-lag"] = ReadAggregates,
        ["GET /api/recording-lag.csv"] = ReadAggregates,
        ["GET /api/projections"] = ReadOperations,
        // Retention and subject access (decisions 66 to 68).
        ["GET /api/retention/due"] = ReadRetention,
        ["POST /api/children/{childId}/disposal"] = DisposeRecord,
        ["GET /api/children/{childId}/subject-access"] = SubjectAccess,
        // The return-readiness list is a work list of children to mend, not a return (decision 99).
        ["GET " + Returns.Readiness.ReadinessEndpoint.Route] = ReadReadiness,
        ["GET " + Returns.Readiness.ReadinessEndpoint.CsvRoute] = ReadReadiness,
    };

    /// <summary>The rule for an endpoint; anything the conventions do not cover is for administrators only.</summary>
    public static AccessRule For(string method, string route)
    {
        route = "/" + route.TrimStart('/');
        if (Exceptions.TryGetValue($"{method} {route}", out var rule)) return rule;
        if (method == "GET" && route.StartsWith(ReturnsRoutes, StringComparison.Ordinal)) return ReadReturns;
        if (method == "POST" && route.StartsWith(ChildSteps, StringComparison.Ordinal))
        {
            var step = route[ChildSteps.Length..];
            if (step == "contacts") return RecordContact;
            if (ConferenceSteps.Contains(step)) return RecordConference;
            if (step.StartsWith("leaving-care/", StringComparison.Ordinal)) return RecordLeavingCare;
            return RecordStep;
        }
        if (method == "GET" && route.StartsWith(ChildSteps, StringComparison.Ordinal)) return ReadChild;
        if (method == "GET" && route.StartsWith("/api/", StringComparison.Ordinal)) return ReadRows;
        return Administer;
    }
}
