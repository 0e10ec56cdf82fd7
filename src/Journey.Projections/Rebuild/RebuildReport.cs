namespace Journey.Projections.Rebuild;

/// <summary>
/// How far the replay has got: events up to sequence <see cref="Processed"/> of the
/// <see cref="Total"/> (the high-water mark the rebuild replays to; sequences run 1, 2, … so they
/// count events but for the odd gap a failed append leaves), <see cref="Seconds"/> into the replay,
/// at <see cref="EventsPerSecond"/>; <see cref="Done"/> once the replay has ended.
/// </summary>
public sealed record RebuildProgress(long Processed, long Total, double Seconds, double EventsPerSecond, bool Done);

/// <summary>One projection rebuilt: its lifecycle and the tables emptied before the replay.</summary>
public sealed record ProjectionRebuilt(string Projection, string Lifecycle, IReadOnlyList<string> TablesEmptied);

/// <summary>
/// A whole rebuild: every projection replayed together, in one pass over the <see cref="Events"/>
/// stored up to sequence <see cref="HighWaterMark"/>, taking <see cref="Seconds"/>.
/// </summary>
public sealed record RebuildReport(
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    long HighWaterMark,
    long Events,
    double Seconds,
    double EventsPerSecond,
    IReadOnlyList<ProjectionRebuilt> Projections);
