using System.Globalization;
using System.Text.Json;
using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Timescales;
using Journey.Projections.Access;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Npgsql;
using Wolverine.Http;

namespace Journey.Api.Access;

/// <summary>
/// One logged read: who (token subject and roles), when, which view (route) with which parameters,
/// which children; for a refused request (403) also its method and the access rule it broke.
/// </summary>
public sealed record AccessLogEntry(
    long Id,
    DateTimeOffset ReadAt,
    string UserName,
    IReadOnlyList<string> Roles,
    string View,
    IReadOnlyDictionary<string, string> Parameters,
    string Scope,
    IReadOnlyList<string> ChildIds,
    string? FamilyId,
    string? CorrelationId,
    string Method,
    string? RefusedRule);

/// <summary>Which logged reads to list: by child, period (instants), user, view and whether refused, leaving out one row (the listing's own).</summary>
public sealed record AccessLogFilter(string? ChildId, DateTimeOffset? From, DateTimeOffset? To, string? User, string? View, bool? Refused,
    long? LeaveOut, int Limit, int Offset);

/// <summary>
/// The auditor's listings of journey.access_log. Reading them is itself a logged read (the access
/// log is a list naming children, and the child's listing names its child), written before the
/// listing runs and left out of the listing that wrote it: it shows the next time.
/// Auditors only (AccessRules.ReadAccessLog, decision 51).
/// </summary>
public static class AccessLogEndpoint
{
    public const string AllRoute = "/api/access-log";
    public const int DefaultLimit = 10_000;
    public const int MaxLimit = 100_000;

    /// <param name="from">First UK date of reads to list (inclusive, yyyy-MM-dd).</param>
    /// <param name="to">Last UK date of reads to list (inclusive, yyyy-MM-dd).</param>
    /// <param name="user">Only reads by this token subject.</param>
    /// <param name="refused">true: only refused requests (attempted access); false: only reads let through.</param>
    [WolverineGet("/api/children/{childId}/access-log"), Tags("Access log"), EndpointSummary("Who read this child's record, when, through which view: oldest first.")]
    [ProducesResponseType<AccessLogEntry[]>(200), ProducesResponseType<ProblemDetails>(400)]
    [Access(Rule.ReadAccessLog)]
    public static Task<IResult> GetForChild(string childId, IDocumentStore store, AccessLogRow ownRead, CancellationToken cancellation,
        string? from = null, string? to = null, string? user = null, bool? refused = null, int? limit = null, int? offset = null) =>
        List(store, ownRead, cancellation, childId, from, to, user, null, refused, limit, offset);

    /// <param name="from">First UK date of reads to list (inclusive, yyyy-MM-dd).</param>
    /// <param name="to">Last UK date of reads to list (inclusive, yyyy-MM-dd).</param>
    /// <param name="user">Only reads by this token subject.</param>
    /// <param name="view">Only reads through this view (its route, e.g. /api/children/{childId}/timeline).</param>
    /// <param name="childId">Only reads that named this child (then the listing is itself a read of that child's record).</param>
    /// <param name="refused">true: only refused requests (attempted access); false: only reads let through.</param>
    [WolverineGet(AllRoute), Tags("Access log"), EndpointSummary("Every logged read in a period, by user or view: oldest first.")]
    [ProducesResponseType<AccessLogEntry[]>(200), ProducesResponseType<ProblemDetails>(400)]
    [Access(Rule.ReadAccessLog)]
    public static Task<IResult> GetAll(IDocumentStore store, AccessLogRow ownRead, CancellationToken cancellation,
        string? from = null, string? to = null, string? user = null, string? view = null, string? childId = null, bool? refused = null,
        int? limit = null, int? offset = null) =>
        List(store, ownRead, cancellation, childId, from, to, user, view, refused, limit, offset);

    /// <param name="ownRead">The row logged for this listing (AccessLogMiddleware, which runs before every logged read), left out of it.</param>
    private static async Task<IResult> List(IDocumentStore store, AccessLogRow ownRead, CancellationToken cancellation,
        string? childId, string? from, string? to, string? user, string? view, bool? refused, int? limit, int? offset)
    {
        var problems = new List<RuleViolation>();
        var fromDate = Date(from, "from", problems);
        var toDate = Date(to, "to", problems);
        if (fromDate > toDate) problems.Add(new RuleViolation("to", "period-ordered", $"to ({to}) is before from ({from})."));
        if (limit is < 1 or > MaxLimit) problems.Add(new RuleViolation("limit", "page-size", $"limit must be 1 to {MaxLimit}."));
        if (offset is < 0) problems.Add(new RuleViolation("offset", "not-negative", "offset cannot be negative."));
        if (problems.Count > 0)
            return JourneyProblems.InvalidQuery("The access-log query is not valid.", problems);

        // A UK date runs from its local midnight to the next: the bounds are instants, so the index on read_at serves.
        return Results.Ok(await Rows(store, new AccessLogFilter(childId,
            fromDate is { } f ? UkTime.EndOf(f.AddDays(-1)).AddTicks(1) : null, toDate is { } t ? UkTime.EndOf(t) : null,
            user, view, refused, ownRead.Id, limit ?? DefaultLimit, offset ?? 0), cancellation));
    }

    /// <summary>The logged reads the filter selects, oldest first (shared with the subject access bundle).</summary>
    public static async Task<List<AccessLogEntry>> Rows(IDocumentStore store, AccessLogFilter filter, CancellationToken cancellation)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand($"""
            SELECT id, read_at, user_name, roles, view, parameters::text, scope, child_ids, family_id, correlation_id, method, refused_rule
            FROM {AccessLogSchema.Table.QualifiedName}
            WHERE (@child::text IS NULL OR child_ids @> ARRAY[@child::text])
              AND (@from_at::timestamptz IS NULL OR read_at >= @from_at)
              AND (@to_at::timestamptz IS NULL OR read_at <= @to_at)
              AND (@user::text IS NULL OR user_name = @user)
              AND (@view::text IS NULL OR view = @view)
              AND (@refused::boolean IS NULL OR (refused_rule IS NOT NULL) = @refused)
              AND (@own::bigint IS NULL OR id <> @own)
            ORDER BY read_at, id
            LIMIT @limit OFFSET @offset
            """, connection);
        command.Parameters.Add(new NpgsqlParameter("child", (object?)filter.ChildId ?? DBNull.Value));
        command.Parameters.Add(new NpgsqlParameter("from_at", filter.From is { } f ? f.ToUniversalTime() : DBNull.Value));
        command.Parameters.Add(new NpgsqlParameter("to_at", filter.To is { } t ? t.ToUniversalTime() : DBNull.Value));
        command.Parameters.Add(new NpgsqlParameter("user", (object?)filter.User ?? DBNull.Value));
        command.Parameters.Add(new NpgsqlParameter("view", (object?)filter.View ?? DBNull.Value));
        command.Parameters.Add(new NpgsqlParameter("refused", (object?)filter.Refused ?? DBNull.Value));
        command.Parameters.Add(new NpgsqlParameter("own", (object?)filter.LeaveOut ?? DBNull.Value));
        command.Parameters.AddWithValue("limit", filter.Limit);
        command.Parameters.AddWithValue("offset", filter.Offset);
        var rows = new List<AccessLogEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
            rows.Add(new AccessLogEntry(reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2),
                reader.GetFieldValue<string[]>(3), reader.GetString(4),
                JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(5))!, reader.GetString(6),
                reader.GetFieldValue<string[]>(7), reader.IsDBNull(8) ? null : reader.GetString(8), reader.IsDBNull(9) ? null : reader.GetString(9),
                reader.GetString(10), reader.IsDBNull(11) ? null : reader.GetString(11)));
        return rows;
    }

    private static DateOnly? Date(string? value, string field, List<RuleViolation> problems)
    {
        if (value is null) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        problems.Add(new RuleViolation(field, "iso-8601-date", $"{field} '{value}' is not a date in the form yyyy-MM-dd."));
        return null;
    }
}
