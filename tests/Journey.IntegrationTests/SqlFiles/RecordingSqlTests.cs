namespace Journey.IntegrationTests.SqlFiles;

/// <summary>
/// The function of src/Journey.Projections/Recording/*.sql called directly: recorded steps and allocations put in,
/// recording lag read back by team and step type (the default rulebook's recording rule: late after 1 working day).
/// </summary>
public sealed class RecordingSqlTests(EmptyStore store) : IClassFixture<EmptyStore>
{
    /// <summary>
    /// SQL-A, held by Team X from 1 March 2026: a contact recorded 6 hours after it happened (Monday 2 March), another
    /// recorded three working days later, and an assessment happening on Friday 6 March recorded on Monday 9 March
    /// (one working day: not late). SQL-B, held by no team: a contact recorded two hours after. Left out: a withdrawn
    /// step, a correction (a step changing another) and a step recorded in April.
    /// </summary>
    private const string Steps = """
        INSERT INTO journey.allocations (child_id, version, team, worker, allocated_at)
        VALUES ('SQL-A', 1, 'Team X', 'sw.one', '2026-03-01T09:00:00Z');
        INSERT INTO journey.recorded_steps (child_id, version, sequence, event_type, occurred_at, recorded_at, changes_version, status, current_occurred_at)
        VALUES ('SQL-A', 2, 1, 'ContactReceived', '2026-03-02T10:00:00Z', '2026-03-02T16:00:00Z', NULL, 'recorded', '2026-03-02T10:00:00Z'),
               ('SQL-A', 3, 2, 'ContactReceived', '2026-03-02T10:00:00Z', '2026-03-05T10:00:00Z', NULL, 'recorded', '2026-03-02T10:00:00Z'),
               ('SQL-A', 4, 3, 'AssessmentCompleted', '2026-03-06T10:00:00Z', '2026-03-09T10:00:00Z', NULL, 'recorded', '2026-03-06T10:00:00Z'),
               ('SQL-A', 5, 4, 'ContactReceived', '2026-03-02T10:00:00Z', '2026-03-20T10:00:00Z', NULL, 'withdrawn', '2026-03-02T10:00:00Z'),
               ('SQL-A', 6, 5, 'EventCorrected', '2026-03-02T10:00:00Z', '2026-03-20T10:00:00Z', 2, 'recorded', '2026-03-02T10:00:00Z'),
               ('SQL-A', 7, 6, 'ContactReceived', '2026-03-30T10:00:00Z', '2026-04-01T10:00:00Z', NULL, 'recorded', '2026-03-30T10:00:00Z'),
               ('SQL-B', 1, 7, 'ContactReceived', '2026-03-03T10:00:00Z', '2026-03-03T12:00:00Z', NULL, 'recorded', '2026-03-03T10:00:00Z');
        """;

    [Fact]
    public async Task Recording_lag_counts_each_teams_steps_by_type_and_in_all_with_the_late_ones_by_the_rule()
    {
        var rows = await store.Rows(Steps, "SELECT * FROM journey.recording_lag('2026-03-01', '2026-03-31')");

        rows.Select(r => ((string)r["team"]!, (string)r["step_type"]!, (long)r["steps_recorded"]!, (decimal)r["median_lag_hours"]!,
                          (decimal)r["p90_lag_hours"]!, (long)r["late_steps"]!, (decimal)r["late_percent"]!, (string)r["rule_id"]!))
            .ShouldBe(
            [
                ("Team X", "all", 3L, 72.00m, 72.00m, 1L, 33.3m, "recording-lag-1wd"),
                ("Team X", "AssessmentCompleted", 1L, 72.00m, 72.00m, 0L, 0.0m, "recording-lag-1wd"),
                ("Team X", "ContactReceived", 2L, 39.00m, 65.40m, 1L, 50.0m, "recording-lag-1wd"),
                ("unallocated", "all", 1L, 2.00m, 2.00m, 0L, 0.0m, "recording-lag-1wd"),
                ("unallocated", "ContactReceived", 1L, 2.00m, 2.00m, 0L, 0.0m, "recording-lag-1wd"),
            ]);
    }
}
