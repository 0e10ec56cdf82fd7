using Journey.Api.Authorisation;
using Journey.Projections.Kpis;
using Marten;
using Npgsql;

namespace Journey.Api.Kpis;

public static class KpiPackQuery
{
    /// <summary>The pack from the KPI months kept, working out only those missing or stale (decision 142).</summary>
    /// <param name="team">Null for the authority's rows only; a team's name for that team's rows only.</param>
    public static async Task<IReadOnlyList<KpiPackRow>> Pack(IDocumentStore store, DateOnly from, DateOnly to, string? team, bool asRecorded,
        CancellationToken cancellation)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand($"""
            SELECT kpi_id, number, title, frequency, service_area, better, unit, team, month, numerator, denominator, value,
                   change_from_last_month, previous_three_month_average, families, families_met, family_value,
                   statistical_neighbours, england, west_midlands, direction_vs_statistical_neighbours, direction_vs_england, rag
            FROM {KpiKeptSchema.PackKeptFunction}(@from, @to, @as_recorded)
            WHERE team IS NOT DISTINCT FROM @team
            """, connection);
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("to", to);
        command.Parameters.AddWithValue("as_recorded", asRecorded);
        command.Parameters.Add(new NpgsqlParameter("team", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)team ?? DBNull.Value });
        var rows = new List<KpiPackRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
            rows.Add(new KpiPackRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.GetString(6), Text(reader, 7), new KpiPackMonth(reader.GetFieldValue<DateOnly>(8), reader.GetInt64(9),
                    Value<long>(reader, 10), Value<decimal>(reader, 11), Value<decimal>(reader, 12), Value<decimal>(reader, 13),
                    reader.GetInt64(14), reader.GetInt64(15), Value<decimal>(reader, 16), Value<decimal>(reader, 17), Value<decimal>(reader, 18),
                    Value<decimal>(reader, 19), Text(reader, 20), Text(reader, 21), Text(reader, 22))));
        return rows;
    }

    public static async Task<IReadOnlyList<KpiChildRow>> Children(IDocumentStore store, ReadScope scope, DateOnly month, string? kpi, string? team, bool asRecorded,
        CancellationToken cancellation)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand($"""
            SELECT kpi_id, child_id, episode, team, worker, family_id, met
            FROM {KpiSchema.ChildrenFunction}(@month, @as_recorded)
            WHERE (@kpi::text IS NULL OR kpi_id = @kpi)
              AND (@team::text IS NULL OR coalesce(team, '{KpiPack.Unallocated}') = @team)
              AND {scope.Sql("child_id")}
            ORDER BY kpi_id, child_id, episode
            """, connection);
        command.Parameters.AddWithValue("month", month);
        command.Parameters.AddWithValue("as_recorded", asRecorded);
        command.Parameters.Add(new NpgsqlParameter("kpi", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)kpi ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("team", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)team ?? DBNull.Value });
        scope.AddParameters(command);
        var rows = new List<KpiChildRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
            rows.Add(new KpiChildRow(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), Text(reader, 3), Text(reader, 4),
                reader.GetString(5), Value<bool>(reader, 6)));
        return rows;
    }

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    private static T? Value<T>(NpgsqlDataReader reader, int ordinal) where T : struct => reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<T>(ordinal);
}
