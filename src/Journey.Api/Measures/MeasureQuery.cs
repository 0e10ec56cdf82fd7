using Journey.Api.Authorisation;
using Journey.Domain.Timescales;
using Journey.Projections.Allocations;
using Journey.Projections.Families;
using Journey.Projections.Timeliness;
using Marten;
using Npgsql;

namespace Journey.Api.Measures;

/// <summary>
/// Filters for measure rows. The period (from/to, inclusive UK dates) applies to the clock's start
/// date unless periodBy says actual (when the clock stopped) or due. Team and worker are those
/// holding the case at the as-at instant (the allocation standing then).
/// </summary>
public sealed record MeasureFilter(
    string? Measure,
    string? Status,
    string? ChildId,
    string? FamilyId,
    DateOnly? From,
    DateOnly? To,
    string PeriodBy,
    DateTimeOffset AsAt,
    bool AsRecorded = false,
    int Limit = MeasureFilter.DefaultLimit,
    int Offset = 0,
    string? Team = null,
    string? Worker = null)
{
    /// <summary>Rows per answer unless asked otherwise, and at most: enough for a year of a large authority's clocks per page.</summary>
    public const int DefaultLimit = 10_000;
    public const int MaxLimit = 100_000;
}

public static class MeasureQuery
{
    public static readonly IReadOnlyList<string> PeriodColumns = ["start", "actual", "due"];

    /// <summary>The rows of the children <paramref name="scope"/> lets the caller read.</summary>
    public static async Task<IReadOnlyList<MeasureRow>> Run(IDocumentStore store, ReadScope scope, MeasureFilter filter, CancellationToken cancellation)
    {
        // An analyst's period by start or due date, and order, leave out a birthday clock's dates (decision 63): either would place its birthday.
        var period = filter.PeriodBy switch { "actual" => "actual_date", "due" => scope.Dated("measure", "due_date"), _ => scope.Dated("measure", "start_date") };
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand($"""
            SELECT m.child_id, measure, episode, unit, target, rule_id, start_at, start_date, due_date, due_at,
                   actual_at, actual_date, elapsed, status, a.team, a.worker
            FROM {MeasureSchema.Schema}.{(filter.AsRecorded ? "measures_as_recorded" : "measures_as_at")}(@as_at) m
            LEFT JOIN LATERAL (
              SELECT al.team, al.worker FROM {AllocationProjection.AllocationsTable.QualifiedName} al
              WHERE al.child_id = m.child_id AND al.allocated_at <= @as_at ORDER BY al.allocated_at DESC, al.version DESC LIMIT 1
            ) a ON true
            WHERE {scope.Sql("m.child_id")}
              AND (@team::text IS NULL OR a.team = @team)
              AND (@worker::text IS NULL OR a.worker = @worker)
              AND (@measure::text IS NULL OR measure = @measure)
              AND (@status::text IS NULL OR status = @status)
              AND (@child::text IS NULL OR m.child_id = @child)
              AND (@family::text IS NULL OR m.child_id IN
                   (SELECT f.child_id FROM {FamilyMembershipProjection.MembersTable.QualifiedName} f WHERE f.family_id = @family))
              AND (@from::date IS NULL OR {period} >= @from)
              AND (@to::date IS NULL OR {period} <= @to)
            ORDER BY measure, {scope.Dated("measure", "start_at")}, m.child_id, episode
            LIMIT @limit OFFSET @offset
            """, connection);
        command.Parameters.AddWithValue("limit", filter.Limit);
        command.Parameters.AddWithValue("offset", filter.Offset);
        command.Parameters.AddWithValue("as_at", filter.AsAt.ToUniversalTime());
        command.Parameters.Add(new NpgsqlParameter("measure", (object?)filter.Measure ?? DBNull.Value));
        command.Parameters.Add(new NpgsqlParameter("status", (object?)filter.Status ?? DBNull.Value));
        command.Parameters.Add(new NpgsqlParameter("child", (object?)filter.ChildId ?? DBNull.Value));
        command.Parameters.Add(new NpgsqlParameter("family", (object?)filter.FamilyId ?? DBNull.Value));
        command.Parameters.Add(new NpgsqlParameter("from", (object?)filter.From ?? DBNull.Value));
        command.Parameters.Add(new NpgsqlParameter("to", (object?)filter.To ?? DBNull.Value));
        command.Parameters.Add(new NpgsqlParameter("team", (object?)filter.Team ?? DBNull.Value));
        command.Parameters.Add(new NpgsqlParameter("worker", (object?)filter.Worker ?? DBNull.Value));
        scope.AddParameters(command);

        var rows = new List<MeasureRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            rows.Add(new MeasureRow(
                reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), reader.GetInt32(4),
                reader.GetString(5), reader.GetFieldValue<DateTimeOffset>(6), reader.GetFieldValue<DateOnly>(7),
                reader.GetFieldValue<DateOnly>(8), Nullable<DateTimeOffset>(reader, 9), Nullable<DateTimeOffset>(reader, 10),
                Nullable<DateOnly>(reader, 11), reader.IsDBNull(12) ? null : reader.GetDecimal(12), TimescaleUnits.ElapsedUnit(reader.GetString(3)),
                reader.GetString(13),
                reader.IsDBNull(14) ? null : reader.GetString(14), reader.IsDBNull(15) ? null : reader.GetString(15)));
        }
        return rows;
    }

    private static T? Nullable<T>(NpgsqlDataReader reader, int ordinal) where T : struct =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<T>(ordinal);
}
