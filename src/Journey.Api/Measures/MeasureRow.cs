namespace Journey.Api.Measures;

/// <summary>
/// One timeliness clock for one child and episode, as it stood at the query's as-at instant, with who held the case then.
/// <see cref="ElapsedUnit"/> says what <see cref="Elapsed"/> counts (days for a clock set in months or weeks), which
/// <see cref="Unit"/>, the unit of the target, does not (decision 106).
/// </summary>
public sealed record MeasureRow(
    string ChildId,
    string Measure,
    int Episode,
    string Unit,
    int Target,
    string RuleId,
    DateTimeOffset StartAt,
    DateOnly StartDate,
    DateOnly DueDate,
    DateTimeOffset? DueAt,
    DateTimeOffset? ActualAt,
    DateOnly? ActualDate,
    decimal? Elapsed,
    string ElapsedUnit,
    string Status,
    string? Team = null,
    string? Worker = null);
