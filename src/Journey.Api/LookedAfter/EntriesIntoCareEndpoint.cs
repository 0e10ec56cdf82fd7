using Journey.Api.Authorisation;
using Journey.Projections.LookedAfter;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Npgsql;
using Wolverine.Http;

namespace Journey.Api.LookedAfter;

public sealed record EntryIntoCareRow(string ChildId, int CareEpisodeNumber, DateTimeOffset EnteredAt, DateOnly EnteredMonth,
    string LegalStatus, bool Planned, bool Unplanned, DateTimeOffset? LeftAt);

public static class EntriesIntoCareEndpoint
{
    /// <summary>
    /// Every period of care begun, with the month it began (a UK date) and whether the entry was
    /// unplanned; from and to (inclusive) filter on the date entered, unplannedOnly keeps the unplanned.
    /// </summary>
    [WolverineGet("/api/looked-after/entries"), Tags("Measures"), EndpointSummary("Entries into care, unplanned ones flagged.")]
    [ProducesResponseType<EntryIntoCareRow[]>(200)]
    [Access(Rule.ReadRows)]
    public static Task<IResult> Get(IDocumentStore store, ReadScope scope, CancellationToken cancellation,
        string? childId = null, DateOnly? from = null, DateOnly? to = null, bool unplannedOnly = false) =>
        Query(store, scope, cancellation, childId, from, to, unplannedOnly, rows => Results.Ok(rows));

    [WolverineGet("/api/looked-after/entries.csv"), Tags("Measures"), EndpointSummary("The same entries into care as CSV.")]
    [ProducesResponseType<string>(200, "text/csv")]
    [Access(Rule.ReadRows)]
    public static Task<IResult> GetCsv(IDocumentStore store, ReadScope scope, CancellationToken cancellation,
        string? childId = null, DateOnly? from = null, DateOnly? to = null, bool unplannedOnly = false) =>
        Query(store, scope, cancellation, childId, from, to, unplannedOnly, LookedAfterQuery.Csv);

    private static async Task<IResult> Query(IDocumentStore store, ReadScope scope, CancellationToken cancellation,
        string? childId, DateOnly? from, DateOnly? to, bool unplannedOnly, Func<IReadOnlyList<EntryIntoCareRow>, IResult> answer)
    {
        var rows = await LookedAfterQuery.Read(store, scope, $"""
            SELECT child_id, care_episode_number, entered_at, entered_month, legal_status, planned, unplanned, left_at
            FROM {PlacementProjection.EntriesView}
            WHERE (@child::text IS NULL OR child_id = @child) AND {scope.Sql("child_id")} AND (NOT @unplanned_only OR unplanned)
              AND (@from::date IS NULL OR (entered_at AT TIME ZONE 'Europe/London')::date >= @from)
              AND (@to::date IS NULL OR (entered_at AT TIME ZONE 'Europe/London')::date <= @to)
            ORDER BY entered_at, child_id
            LIMIT 100000
            """, command =>
            {
                command.Parameters.Add(new NpgsqlParameter("child", (object?)childId ?? DBNull.Value));
                command.Parameters.Add(new NpgsqlParameter("from", (object?)from ?? DBNull.Value));
                command.Parameters.Add(new NpgsqlParameter("to", (object?)to ?? DBNull.Value));
                command.Parameters.AddWithValue("unplanned_only", unplannedOnly);
            },
            r => new EntryIntoCareRow(r.GetString(0), r.GetInt32(1), r.GetFieldValue<DateTimeOffset>(2), r.GetFieldValue<DateOnly>(3),
                r.GetString(4), r.GetBoolean(5), r.GetBoolean(6), r.Nullable<DateTimeOffset>(7)),
            cancellation);
        return answer(rows);
    }
}
