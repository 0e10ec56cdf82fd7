using Journey.Projections.Allocations;
using Journey.Projections.Roles;
using Marten;
using Npgsql;

namespace Journey.Api.Authorisation;

/// <summary>
/// The children a caller may read, as one SQL predicate on a child id column, decided once per
/// request by <see cref="JourneyAccessHandler"/> from the caller's roles and teams (decisions 51 and
/// 55) and kept as a request feature, which an endpoint receives as an argument: it names a
/// <c>ReadScope</c> parameter and <see cref="ReadScopeParameter"/> binds it (decision 120). Every
/// list of rows per child applies <see cref="Sql"/> to its child column, and a named child is checked
/// with <see cref="NamedChildSql"/>, built from the same sources, so a list and a named read can never
/// disagree. Auditors and analysts (<see cref="Pseudonymised"/>) read every child. A
/// practitioner or team manager reads the children one of their teams holds, and, only at the front
/// door (a team of <c>Journey:Access:FrontDoorTeams</c>, decision 60), the children no team holds yet.
/// </summary>
public sealed class ReadScope
{
    public const string TeamsParameter = "scope_teams";
    public const string ChildParameter = "scope_child";

    /// <summary>Every child: auditors.</summary>
    public static readonly ReadScope Everything = new(everything: true, teams: null, frontDoor: false, []);

    /// <summary>Every child, pseudonymised: analysts, whose lists neither filter nor sort by a birthday clock's dates (decision 63).</summary>
    public static readonly ReadScope Pseudonymised = new(everything: true, teams: null, frontDoor: false, [], pseudonymised: true);

    /// <summary>No child: what a request that was never authorised for a list reads (fail closed).</summary>
    public static readonly ReadScope Nothing = new(everything: false, teams: null, frontDoor: false, []);

    private ReadScope(bool everything, IReadOnlyList<string>? teams, bool frontDoor, IReadOnlyList<IReadOnlyList<RemitSource>> remits, bool pseudonymised = false)
    {
        IsEverything = everything;
        IsPseudonymised = pseudonymised;
        Teams = teams;
        FrontDoor = frontDoor;
        RemitSources = remits;
    }

    public bool IsEverything { get; }

    /// <summary>An analyst's read: the rows are pseudonymised after the endpoint has run (<see cref="PseudonymisingMiddleware"/>).</summary>
    public bool IsPseudonymised { get; }

    /// <summary>
    /// SQL for a measure row's <paramref name="value"/> (start, due) as this caller sees it: for an analyst, null on a
    /// birthday clock, so a list filtered or sorted by it cannot place the birthday (decision 63).
    /// </summary>
    public string Dated(string measure, string value) => IsPseudonymised ? PseudonymisedColumns.WithoutBirthday(measure, value) : value;

    /// <summary>The caller's teams, when the caller reads as a practitioner or team manager: the children their teams hold.</summary>
    public IReadOnlyList<string>? Teams { get; }

    /// <summary>One of <see cref="Teams"/> is a front-door team: the children no team holds yet are read too.</summary>
    public bool FrontDoor { get; }

    /// <summary>The remits the caller reads by (reviewing officer, personal adviser).</summary>
    public IReadOnlyList<IReadOnlyList<RemitSource>> RemitSources { get; }

    /// <summary>Only team scope: a refusal names the team rule rather than a remit.</summary>
    public bool TeamsOnly => Teams is not null && RemitSources.Count == 0;

    /// <param name="teams">The caller's teams when the rule lets the caller's role work by team; null when it does not.</param>
    /// <param name="frontDoor">Whether one of those teams is a front-door team.</param>
    /// <param name="remits">The remits of the caller's roles the rule lets work by remit.</param>
    public static ReadScope Of(IReadOnlyList<string>? teams, bool frontDoor, IReadOnlyList<IReadOnlyList<RemitSource>> remits) =>
        teams is null && remits.Count == 0 ? Nothing : new ReadScope(false, teams, teams is not null && frontDoor, remits);

    /// <summary>
    /// The scope the access handler decided for this request, kept as a request feature; none decided reads nothing (fail
    /// closed). An endpoint does not call this: it takes a <c>ReadScope</c> parameter, which <see cref="ReadScopeParameter"/>
    /// fills from here.
    /// </summary>
    public static ReadScope DecidedFor(HttpContext http) => http.Features.Get<ReadScope>() ?? Nothing;

    /// <summary>Keeps this scope as the request's, for the endpoint and <see cref="PseudonymisingMiddleware"/> to read.</summary>
    public void Keep(HttpContext http) => http.Features.Set(this);

    /// <summary>
    /// A predicate true for the rows whose child (<paramref name="childColumn"/>) the caller may read.
    /// Sets are uncorrelated (hashed once per query), so a list of many rows is filtered in one pass.
    /// </summary>
    public string Sql(string childColumn) => Predicate(childColumn, correlated: false);

    /// <summary>True when the child in @scope_child may be read; correlated, so each source is read by its child_id index.</summary>
    public string NamedChildSql => Predicate("@" + ChildParameter, correlated: true);

    /// <summary>
    /// The children among <paramref name="children"/> the caller may read, by the same predicate every list applies: for a
    /// list built in memory from the journeys (the retention list, the return-readiness list).
    /// </summary>
    public async Task<HashSet<string>> Readable(IDocumentStore store, string[] children, CancellationToken cancellation)
    {
        if (IsEverything || children.Length == 0) return children.ToHashSet(StringComparer.Ordinal);
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand($"SELECT c FROM unnest(@children) AS c WHERE {Sql("c")}", connection);
        command.Parameters.AddWithValue("children", children);
        AddParameters(command);
        var readable = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation)) readable.Add(reader.GetString(0));
        return readable;
    }

    public void AddParameters(NpgsqlCommand command)
    {
        if (Teams is not null) command.Parameters.AddWithValue(TeamsParameter, Teams.ToArray());
    }

    private string Predicate(string child, bool correlated)
    {
        if (IsEverything) return "TRUE";
        var arms = new List<string>();
        if (Teams is not null && FrontDoor)
        {
            // At the front door: readable unless a team not among the caller's holds the case, so a child no team holds yet is too.
            var elsewhere = $"{AllocationProjection.CurrentView} h WHERE h.team <> ALL(@{TeamsParameter})";
            arms.Add(correlated
                ? $"NOT EXISTS (SELECT 1 FROM {elsewhere} AND h.child_id = {child})"
                : $"{child} NOT IN (SELECT h.child_id FROM {elsewhere})");
        }
        else if (Teams is not null)
        {
            // Any other team: readable only while one of the caller's teams holds the case.
            var held = $"{AllocationProjection.CurrentView} h WHERE h.team = ANY(@{TeamsParameter})";
            arms.Add(correlated
                ? $"EXISTS (SELECT 1 FROM {held} AND h.child_id = {child})"
                : $"{child} IN (SELECT h.child_id FROM {held})");
        }
        foreach (var source in RemitSources.SelectMany(remit => remit))
        {
            var where = source.Where is null ? "" : $" AND {source.Where}";
            arms.Add(correlated
                ? $"EXISTS (SELECT 1 FROM {source.From} WHERE r.child_id = {child}{where})"
                : $"{child} IN (SELECT r.child_id FROM {source.From} WHERE TRUE{where})");
        }
        return arms.Count == 0 ? "FALSE" : "(" + string.Join(" OR ", arms) + ")";
    }
}
