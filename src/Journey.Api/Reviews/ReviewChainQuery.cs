using Journey.Api.Authorisation;
using Journey.Domain.Timescales;
using Journey.Projections.Reviews;
using Marten;
using Npgsql;

namespace Journey.Api.Reviews;

/// <summary>
/// One review in a chain: held (met or late) or next due (open-in-time or open-overdue), with the
/// date its interval runs from, the rulebook row that set its due date, the chain's name and the
/// time elapsed from that date with its unit (decisions 106 and 107).
/// </summary>
public sealed record ReviewChainEntry(string ChildId, int Number, int Review, DateOnly? DueDate, DateTimeOffset? HeldAt, string Status,
    DateOnly? DueFrom = null, string? RuleId = null, string Chain = "", decimal? Elapsed = null, string? ElapsedUnit = null);

/// <summary>
/// Reads a review-chain function (see Journey.Projections.Reviews) as it stood at a day's end, or
/// now: as occurred, or with <c>asRecorded</c> only what had been recorded by then; only the
/// children the caller may read (<see cref="ReadScope"/>).
/// </summary>
public static class ReviewChainQuery
{
    public static async Task<IReadOnlyList<ReviewChainEntry>> ReadAsync(IDocumentStore store, ReadScope scope, TimeProvider clock, string function,
        string numberColumn, string ordinalColumn, string? childId, DateOnly? asAt, bool asRecorded, CancellationToken cancellation)
    {
        var instant = asAt is { } day ? UkTime.EndOf(day) : clock.GetUtcNow();
        // The chain's name as work lists and the open-clocks list give it (decision 107).
        var chain = ReviewChains.All.Single(c => c.Function == function).Name;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand($"""
            SELECT c.child_id, c.{numberColumn}, c.{ordinalColumn}, c.due_date, c.held_at, c.status, c.due_from, c.rule_id,
                   {ChainElapsed.Elapsed("c", "@as_at")}, {ChainElapsed.ElapsedUnit("c")}
            FROM {function}(@as_at, @as_recorded) c
            {ChainElapsed.RuleJoin("c")}
            WHERE (@child::text IS NULL OR c.child_id = @child) AND {scope.Sql("c.child_id")}
            ORDER BY c.child_id, c.{numberColumn}, c.{ordinalColumn}
            LIMIT 100000
            """, connection);
        command.Parameters.AddWithValue("as_at", instant.ToUniversalTime());
        command.Parameters.AddWithValue("as_recorded", asRecorded);
        command.Parameters.Add(new NpgsqlParameter("child", (object?)childId ?? DBNull.Value));
        scope.AddParameters(command);
        var rows = new List<ReviewChainEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
            rows.Add(new ReviewChainEntry(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4), reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetFieldValue<DateOnly>(6), reader.IsDBNull(7) ? null : reader.GetString(7),
                chain, reader.IsDBNull(8) ? null : reader.GetDecimal(8), reader.IsDBNull(9) ? null : reader.GetString(9)));
        return rows;
    }
}
