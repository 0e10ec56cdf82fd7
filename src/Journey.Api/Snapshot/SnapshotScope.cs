namespace Journey.Api.Snapshot;

/// <summary>A name, or a name with a leading or trailing *, and why what it matches is treated as it is.</summary>
public sealed record SnapshotRule(string Pattern, string Why)
{
    public bool Matches(string name) => Pattern switch
    {
        ['*', .. var end] => name.EndsWith(end, StringComparison.Ordinal),
        [.. var start, '*'] => name.StartsWith(start, StringComparison.Ordinal),
        _ => name == Pattern,
    };
}

/// <summary>
/// What a snapshot leaves out (decisions 128 and 129). Every base table of the journey schema is read from the catalogue and
/// snapshotted unless a rule below names it, so a projection added later is covered without a change here. The rules
/// name what is not derived from the journeys (the events themselves, messaging, records of the service's own acts).
/// The columns that differ by nature between two loads of the same input were found by loading the demo set and a
/// generated authority-year twice into two databases and comparing every column of every table: only instants the
/// server stamps and the event store's sequence numbers differed. They are left out of the hashes unless the snapshot
/// is exact, which is for two snapshots of one store (before and after a rebuild).
/// </summary>
public static class SnapshotScope
{
    public static readonly IReadOnlyList<SnapshotRule> ExcludedTables =
    [
        new("mt_*", "Marten's event store (the events, streams and daemon progress): the input, whose ids, timestamps, headers and sequence " +
                    "numbers differ between two loads; the snapshot is of what is derived from it"),
        new("wolverine_*", "Wolverine's messaging (envelopes, nodes, idempotency answers): transient"),
        new("event_hashes", "the hash chain: each link hashes its event's id and timestamp, so differs between two loads; `verify` checks it"),
        new("access_log", "one row per read of a child's record, stamped when read"),
        new("imported_lines", "the import's ledger: a load through the API has none"),
        new("disposals", "chained records of disposals, stamped and hashed when made; no load makes them"),
        new("kpi_kept_*", "the KPI months kept and their marks: what the pack has worked out so far, with snapshots and transaction ids; " +
                          "the pack itself is a part"),
    ];

    /// <summary>
    /// When a step was recorded: the server's clock for a step recorded through the API or the demo loader, so left out
    /// without --exact; but the source system's for an imported line (decision 129), so kept when every stored event came
    /// through the import (decision 135).
    /// </summary>
    public static readonly IReadOnlyList<SnapshotRule> RecordedColumns =
    [
        new("recorded_at", "the instant a step was stored: the server's clock for a step recorded through the API or the demo loader"),
        new("*_recorded_at", "the instant a step was stored: the server's clock for a step recorded through the API or the demo loader"),
    ];

    public static readonly IReadOnlyList<SnapshotRule> ByNatureColumns =
    [
        .. RecordedColumns,
        new("imported_at", "the instant the import stored a line"),
        new("sequence", "the event store's sequence number, in the order concurrent writers commit"),
        new("*_sequence", "the event store's sequence number, in the order concurrent writers commit"),
    ];

    public static SnapshotRule? ExclusionOf(string table) => ExcludedTables.FirstOrDefault(r => r.Matches(table));

    /// <param name="recordedIsSource">Every stored event was imported: its recorded instants are the source system's.</param>
    public static bool DiffersByNature(string column, bool recordedIsSource) =>
        ByNatureColumns.Any(r => r.Matches(column)) && !(recordedIsSource && RecordedColumns.Any(r => r.Matches(column)));

    /// <summary>
    /// A view whose definition reads the clock (journey.measures is measures_as_at(now())) gives other rows each time it is
    /// read, so it is not a part; the measures functions it reads are, at the snapshot's fixed instant (decision 135).
    /// </summary>
    public static bool ReadsTheClock(string definition) =>
        System.Text.RegularExpressions.Regex.IsMatch(definition,
            @"\b(now|clock_timestamp|statement_timestamp|transaction_timestamp|timeofday)\s*\(|\b(current_date|current_timestamp|current_time|localtimestamp|localtime)\b",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    public const string ReadsTheClockWhy = "a view that reads the clock (now()), so gives other rows each time; what it reads is a part at the snapshot's instant";
}
