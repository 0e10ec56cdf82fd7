using Journey.Projections.Recording;
using Marten;
using Npgsql;

namespace Journey.Api.RecordingLag;

/// <summary>
/// One team's recording lag for one step type (or, stepType "all", over all its steps) for the
/// steps recorded in the period: how many, the median and 90th percentile hours from happening to
/// recording, and how many (and what percentage) were recorded later than the rulebook's recording rule allows.
/// </summary>
public sealed record RecordingLagRow(string Team, string StepType, long StepsRecorded, decimal MedianLagHours, decimal P90LagHours,
    long LateSteps, decimal LatePercent, string? RuleId);

/// <summary>Reads journey.recording_lag(from, to), optionally for one team.</summary>
public static class RecordingLagQuery
{
    public static async Task<IReadOnlyList<RecordingLagRow>> Run(IDocumentStore store, DateOnly from, DateOnly to, string? team, CancellationToken cancellation)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand($"""
            SELECT team, step_type, steps_recorded, median_lag_hours, p90_lag_hours, late_steps, late_percent, rule_id
            FROM {RecordingLagSchema.FunctionName}(@from, @to)
            WHERE (@team::text IS NULL OR team = @team)
            """, connection);
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("to", to);
        command.Parameters.Add(new NpgsqlParameter("team", (object?)team ?? DBNull.Value));
        var rows = new List<RecordingLagRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
            rows.Add(new RecordingLagRow(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetDecimal(3), reader.GetDecimal(4),
                reader.GetInt64(5), reader.GetDecimal(6), reader.IsDBNull(7) ? null : reader.GetString(7)));
        return rows;
    }
}
