namespace Journey.Projections.Rebuild;

/// <summary>
/// How far one projection's replay has got: events up to sequence <see cref="Processed"/> of the
/// <see cref="Total"/> (the high-water mark the rebuild replays to; sequences run 1, 2, … so they
/// count events but for the odd gap a failed append leaves), <see cref="Seconds"/> into its replay,
/// at <see cref="EventsPerSecond"/>; <see cref="Done"/> once its replay has ended.
/// </summary>
public sealed record RebuildProgress(string Projection, long Processed, long Total, double Seconds, double EventsPerSecond, bool Done);

/// <summary>One projection rebuilt: the tables emptied before its replay, and how long the replay took.</summary>
public sealed record ProjectionRebuilt(string Projection, string Lifecycle, IReadOnlyList<string> TablesEmptied, double Seconds, double EventsPerSecond);

/// <summary>
/// A whole rebuild: every projection replayed from the <see cref="Events"/> stored up to sequence
/// <see cref="HighWaterMark"/>, in the order they are registered.
/// </summary>
public sealed record RebuildReport(
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    long HighWaterMark,
    long Events,
    IReadOnlyList<ProjectionRebuilt> Projections);
