namespace Journey.IntegrationTests.SqlFiles;

/// <summary>
/// A row of journey.measure_clocks as the measures projection writes it, for the tests that put clocks in and
/// read measures_at and the functions over it. Dates are UK dates of the instants; a step is recorded when it
/// happened unless said otherwise.
/// </summary>
public sealed record Clock(string Child, string Measure, string Unit, int Target, string StartAt, string DueDate)
{
    public int Episode { get; init; } = 1;
    public string? DueAt { get; init; }
    public string? ActualAt { get; init; }
    public string? StartRecordedAt { get; init; }
    public string? ActualRecordedAt { get; init; }

    private static string Literal(string? value, string type) => value is null ? $"NULL::{type}" : $"'{value}'::{type}";

    /// <summary>The INSERT that puts these clocks in.</summary>
    public static string Insert(params Clock[] clocks) => $"""
        INSERT INTO journey.measure_clocks (child_id, measure, episode, unit, target, rule_id, start_at, start_date, due_date, due_at,
                                            actual_at, actual_date, start_recorded_at, actual_recorded_at, last_event_sequence)
        SELECT v.child_id, v.measure, v.episode, v.unit, v.target, 'test', v.start_at, (v.start_at AT TIME ZONE 'Europe/London')::date,
               v.due_date, v.due_at, v.actual_at, (v.actual_at AT TIME ZONE 'Europe/London')::date,
               coalesce(v.start_recorded_at, v.start_at), coalesce(v.actual_recorded_at, v.actual_at), 1
        FROM (VALUES {string.Join(",\n", clocks.Select(c => c.Values()))})
             v(child_id, measure, episode, unit, target, start_at, due_date, due_at, actual_at, start_recorded_at, actual_recorded_at);
        """;

    private string Values() =>
        $"('{Child}', '{Measure}', {Episode}, '{Unit}', {Target}, '{StartAt}'::timestamptz, '{DueDate}'::date, {Literal(DueAt, "timestamptz")}, " +
        $"{Literal(ActualAt, "timestamptz")}, {Literal(StartRecordedAt, "timestamptz")}, {Literal(ActualRecordedAt, "timestamptz")})";
}
