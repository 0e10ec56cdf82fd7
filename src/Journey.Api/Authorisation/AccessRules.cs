using System.Reflection;
using Wolverine.Http;
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
    public string PolicyName => PolicyFor(Name);

    /// <summary>The ASP.NET Core policy of the rule named <paramref name="name"/> (JourneyAuthentication adds one per rule).</summary>
    public static string PolicyFor(string name) => "journey-" + name;

    /// <summary>Roles that may, for a child in their role's remit (decision 55).</summary>
    public IReadOnlyList<string> RemitScoped { get; init; } = [];
}

/// <summary>
/// The access rules, each named by the endpoints it governs beside their routes (<see cref="AccessAttribute"/>,
/// decision 111): a write on a child is recorded by the team holding the case; a read of a child's record is the
/// team's, a conference chair's, a personal adviser's or an auditor's; any other read is a list of rows,
/// pseudonymised for analysts. Decision 51 in docs/decisions.md.
/// </summary>
public static class AccessRules
{
    private static readonly string[] None = [];
    private static readonly string[] CaseRoles = [Practitioner, TeamManager];
    private static readonly string[] RemitRoles = [ReviewingOfficer, PersonalAdviser];

    public static readonly AccessRule RecordStep = new(Rule.RecordStep,
        "Steps on a child are recorded by practitioners and team managers of the team holding the case; while no team holds it, by the front-door teams (MASH).",
        None, CaseRoles);

    public static readonly AccessRule RecordContact = new(Rule.RecordContact,
        "A contact is recorded by the front-door teams (MASH) for a child no team holds, and by the " +
        "team holding the case for a held child: a concern about an open case goes to the team that holds it.",
        None, CaseRoles);

    public static readonly AccessRule RecordConference = new(Rule.RecordConference,
        "Conference and review steps are recorded by reviewing officers (conference chairs, IROs) for the children in their remit, or by the team holding the case.",
        None, CaseRoles)
    {
        RemitScoped = [ReviewingOfficer],
    };

    public static readonly AccessRule RecordLeavingCare = new(Rule.RecordLeavingCare,
        "Leaving-care steps are recorded by personal advisers for the children in their remit, or by the team holding the case.",
        None, CaseRoles)
    {
        RemitScoped = [PersonalAdviser],
    };

    public static readonly AccessRule ReadChild = new(Rule.ReadChild,
        "A child's record is read by the team holding the case (the front-door teams while no team holds it), reviewing officers and personal advisers of children in their remit, and auditors.",
        [Auditor], CaseRoles)
    {
        RemitScoped = RemitRoles,
    };

    public static readonly AccessRule ReadFamily = new(Rule.ReadFamily,
        "A family's membership is read by practitioners, team managers, reviewing officers, personal advisers and auditors.",
        [Practitioner, TeamManager, ReviewingOfficer, PersonalAdviser, Auditor], None);

    public static readonly AccessRule ReadRows = new(Rule.ReadRows,
        "Child-level rows are read by practitioners and team managers (of the children their teams hold, and at the front door those no team holds), " +
        "reviewing officers and personal advisers (of the children in their remit) and auditors; analysts read them pseudonymised.",
        [Auditor], CaseRoles, Pseudonymised: true)
    {
        RemitScoped = RemitRoles,
    };

    public static readonly AccessRule ReadAggregates = new(Rule.ReadAggregates,
        "Aggregate figures (KPI pack, recording lag) are read by every role that works with children's records and by analysts.",
        [Practitioner, TeamManager, ReviewingOfficer, PersonalAdviser, Analyst, Auditor], None);

    public static readonly AccessRule ReadOperations = new(Rule.ReadOperations,
        "How far projections trail the event store is read by administrators, auditors and analysts.",
        [Administrator, Auditor, Analyst], None);

    public static readonly AccessRule ReadAccessLog = new(Rule.ReadAccessLog,
        "The access log is read by auditors only.",
        [Auditor], None);

    public static readonly AccessRule Verify = new(Rule.Verify,
        "Hash chains are verified by auditors and administrators.",
        [Auditor, Administrator], None);

    public static readonly AccessRule Administer = new(Rule.Administer,
        "Operations on the whole store are for administrators.",
        [Administrator], None);

    public static readonly AccessRule Import = new(Rule.Import,
        "Importing history recorded by others is for importers (migration officers) and administrators.",
        [Importer, Administrator], None);

    public static readonly AccessRule ReadRetention = new(Rule.ReadRetention,
        "Children whose record's retention period has ended are listed for administrators (records management) and auditors.",
        [Administrator, Auditor], None);

    public static readonly AccessRule DisposeRecord = new(Rule.DisposeRecord,
        "A child's record is disposed of at the end of its retention period by administrators, naming who authorised it.",
        [Administrator], None);

    public static readonly AccessRule SubjectAccess = new(Rule.SubjectAccess,
        "A child's subject access bundle is read by auditors.",
        [Auditor], None);

    public static readonly AccessRule ReadReturns = new(Rule.ReadReturns,
        "Statutory returns (CIN census, SSDA903, Annex A) hold every child's real identity: they are read by returns officers, and by auditors reconciling what was sent.",
        [ReturnsOfficer, Auditor], None);

    public static readonly AccessRule ReadReadiness = new(Rule.ReadReadiness,
        "The return-readiness list names each child whose record would break a return's rule, to be mended: read by team managers for the children their teams hold, " +
        "by returns officers and by auditors.",
        [ReturnsOfficer, Auditor], [TeamManager]);

    public static readonly IReadOnlyList<AccessRule> All =
        [RecordStep, RecordContact, RecordConference, RecordLeavingCare, ReadChild, ReadFamily, ReadRows, ReadAggregates, ReadOperations, ReadAccessLog, Verify, Administer, Import,
         ReadRetention, DisposeRecord, SubjectAccess, ReadReturns, ReadReadiness];

    /// <summary>Every read under it is a statutory return or a part of one (decision 82).</summary>
    public const string ReturnsRoutes = "/api/returns/";

    private static readonly IReadOnlyDictionary<string, AccessRule> ByName = All.ToDictionary(rule => rule.Name, StringComparer.Ordinal);

    /// <summary>
    /// The rule an endpoint method names beside its route. One that names none, or a name no rule has, stops
    /// start-up (Program.cs asks for every endpoint's), so an endpoint added later cannot be reached under no rule.
    /// </summary>
    public static AccessRule Of(MethodInfo endpoint)
    {
        var named = endpoint.GetCustomAttribute<AccessAttribute>()
                    ?? throw new InvalidOperationException(
                        $"{endpoint.DeclaringType?.Name}.{endpoint.Name} names no access rule: give it [Access(Rule...)] beside its route (decision 111).");
        return ByName.TryGetValue(named.Rule, out var rule)
            ? rule
            : throw new InvalidOperationException($"{endpoint.DeclaringType?.Name}.{endpoint.Name} names the access rule '{named.Rule}', which is not one of AccessRules.All.");
    }

    public static AccessRule Of(HttpChain chain) => Of(chain.Method.Method);

    private static readonly Lazy<IReadOnlyDictionary<string, AccessRule>> ByRoute = new(() => typeof(AccessRules).Assembly.GetTypes()
        .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Static))
        .SelectMany(method => method.GetCustomAttributes<WolverineHttpMethodAttribute>().Select(route => (route, method)))
        .ToDictionary(e => Key(e.route.HttpMethod, e.route.Template), e => Of(e.method), StringComparer.OrdinalIgnoreCase));

    /// <summary>The rule of the endpoint serving <paramref name="method"/> on <paramref name="route"/> (a route template).</summary>
    public static AccessRule For(string method, string route) =>
        ByRoute.Value.TryGetValue(Key(method, route), out var rule) ? rule : throw new ArgumentException($"No endpoint serves {method} {route}.", nameof(route));

    private static string Key(string method, string route) => $"{method} /{route.TrimStart('/')}";
}
