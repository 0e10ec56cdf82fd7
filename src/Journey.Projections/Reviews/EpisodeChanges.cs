using Journey.Projections.Sets;
using Marten;
using Weasel.Postgresql;

namespace Journey.Projections.Reviews;

/// <summary>
/// The changes a batch makes to a chain's episode rows (<see cref="ReviewChainSchema.EpisodeTable"/>), folded in
/// memory per (child, number) into what the per-event statements would have left, without reading the rows stored,
/// and written in at most four statements (<see cref="Write"/>). The per-event statements, read as code: a start is
/// an upsert that moves the start of a row already there (a correction) and keeps when it was first recorded
/// (started_recorded_at, coalesced); an end is an UPDATE, of a row stored or started earlier in the batch (a row not
/// there is left alone), that keeps the end's first recorded time; an end withdrawn clears the end and its time, so
/// an end set again after it takes the new one; a start withdrawn deletes the episode, and what follows it in the
/// batch starts from no row. A row's detail (the protection plan's category) is set by its start and may be changed
/// after it. As the stored row is not read, an episode's end changes are kept twice: as they change a stored row
/// (<see cref="EndChange"/>, composed), and as they leave the row its first start inserts when none was stored.
/// </summary>
public sealed class EpisodeChanges
{
    private readonly Dictionary<(string Child, int Number), Episode> _episodes = [];

    /// <summary>Records (or, correcting, moves) an episode's start; the time it was first recorded stays.</summary>
    public void Started(string child, int number, DateTimeOffset startedAt, DateTimeOffset recordedAt, string? detail = null)
    {
        var episode = Of(child, number);
        episode.Start = episode.Start is { } start
            ? start with { At = startedAt, Detail = detail }
            : new EpisodeStart(startedAt, recordedAt, detail, EndChange.Keep);
    }

    /// <summary>Sets (or, correcting, moves) an episode's end; the time it was first recorded stays.</summary>
    public void Ended(string child, int number, DateTimeOffset endedAt, DateTimeOffset recordedAt) =>
        ChangeEnd(child, number, EndChange.KeepFirstRecorded(endedAt, recordedAt));

    /// <summary>Clears an episode's end (its ending withdrawn), and when it was recorded.</summary>
    public void EndWithdrawn(string child, int number) => ChangeEnd(child, number, EndChange.Cleared);

    /// <summary>Forgets an episode whose start was withdrawn: deleted, and what follows in the batch starts from no row.</summary>
    public void Withdrawn(string child, int number) => _episodes[(child, number)] = new Episode { DeleteFirst = true };

    /// <summary>Sets the episode's detail column, as an UPDATE of the row (none before its start is nothing).</summary>
    public void DetailSet(string child, int number, string detail)
    {
        var episode = Of(child, number);
        if (episode.Start is { } start) episode.Start = start with { Detail = detail };
        else if (!episode.DeleteFirst) episode.Detail = detail;
    }

    /// <summary>The episodes to delete, first.</summary>
    public IReadOnlyList<(string Child, int Number)> Deletes => _episodes.Where(e => e.Value.DeleteFirst).Select(e => e.Key).ToList();

    /// <summary>
    /// The episodes started in the batch with no end change to a row stored before it (the usual start, or its
    /// correction), after the deletes, as one upsert: inserted as the batch leaves a new row, or, where stored, the
    /// start moved, the first recorded time and the end kept, as the per-event upsert did.
    /// </summary>
    public IReadOnlyList<EpisodeRow> Upserts =>
        _episodes.Where(e => e.Value.Start is not null && (e.Value.DeleteFirst || e.Value.End == EndChange.Keep)).Select(e => NewRow(e.Key, e.Value)).ToList();

    /// <summary>
    /// The changes to rows that may be stored, after the upserts: the end changes of the whole batch, a detail set,
    /// and, for an episode started in the batch that also changed a stored row's end, its start (the first recorded
    /// time coalesced with the stored one); a row not stored is left alone.
    /// </summary>
    public IReadOnlyList<EpisodeUpdate> Updates => _episodes
        .Where(e => (!e.Value.DeleteFirst && e.Value.End != EndChange.Keep) || e.Value is { DeleteFirst: false, Start: null, Detail: not null })
        .Select(e => new EpisodeUpdate(e.Key.Child, e.Key.Number, e.Value.Start?.At, e.Value.Start?.FirstRecordedAt,
            e.Value.Start?.Detail ?? e.Value.Detail, e.Value.End))
        .ToList();

    /// <summary>
    /// After the updates, the episodes started in the batch that <see cref="Updates"/> changed, inserted where none is
    /// stored, as a new row stands after the changes that followed its first start.
    /// </summary>
    public IReadOnlyList<EpisodeRow> InsertsWhereNone =>
        _episodes.Where(e => e.Value is { DeleteFirst: false, Start: not null } && e.Value.End != EndChange.Keep).Select(e => NewRow(e.Key, e.Value)).ToList();

    private static EpisodeRow NewRow((string Child, int Number) key, Episode episode)
    {
        var start = episode.Start!;
        return new EpisodeRow(key.Child, key.Number, start.At, start.FirstRecordedAt, start.EndSinceStart.EndedAt, start.EndSinceStart.RecordedAt, start.Detail);
    }

    /// <summary>
    /// Writes these changes to <paramref name="table"/> (<see cref="ReviewChainSchema.EpisodeTable"/>) in at most four
    /// statements: the episodes withdrawn deleted; those started, upserted; the other changes to rows stored, one
    /// update; the episodes started whose end also changed, inserted where none is stored. <paramref name="detailColumn"/>
    /// names the table's detail column, if it has one.
    /// </summary>
    public void Write(IDocumentOperations operations, PostgresqlObjectName table, string numberColumn, string startColumn, string endColumn,
        string? detailColumn = null)
    {
        SetStatements.DeleteChildRows(operations, table, numberColumn, "integer", Deletes);
        var startsDetail = detailColumn is null ? "" : $", {detailColumn} = excluded.{detailColumn}";
        InsertEpisodes(operations, table, numberColumn, startColumn, endColumn, detailColumn, Upserts, $"""
            ON CONFLICT (child_id, {numberColumn}) DO UPDATE SET {startColumn} = excluded.{startColumn},
              started_recorded_at = coalesce({table.QualifiedName}.started_recorded_at, excluded.started_recorded_at){startsDetail}
            """);
        var updates = Updates;
        var changesDetail = detailColumn is null ? "" : $", {detailColumn} = coalesce(d.detail, t.{detailColumn})";
        if (updates.Count > 0)
            operations.QueueSqlCommand($"""
                UPDATE {table.QualifiedName} t SET {startColumn} = coalesce(d.started_at, t.{startColumn}),
                  started_recorded_at = coalesce(t.started_recorded_at, d.started_recorded_at),
                  {endColumn} = CASE d.end_change WHEN 'keep' THEN t.{endColumn} ELSE d.ended_at END,
                  ended_recorded_at = CASE d.end_change WHEN 'keep' THEN t.ended_recorded_at
                    WHEN 'keep-first-recorded' THEN coalesce(t.ended_recorded_at, d.ended_recorded_at) ELSE d.ended_recorded_at END{changesDetail}
                FROM unnest(?::text[], ?::integer[], ?::timestamptz[], ?::timestamptz[], ?::text[], ?::timestamptz[], ?::timestamptz[], ?::text[])
                  AS d(child_id, number, started_at, started_recorded_at, end_change, ended_at, ended_recorded_at, detail)
                WHERE t.child_id = d.child_id AND t.{numberColumn} = d.number
                """, updates.Select(u => u.Child).ToArray(), updates.Select(u => u.Number).ToArray(), updates.Select(u => Utc(u.StartedAt)).ToArray(),
                updates.Select(u => Utc(u.StartedRecordedAt)).ToArray(), updates.Select(u => EndChangeSql(u.End.Kind)).ToArray(),
                updates.Select(u => Utc(u.End.EndedAt)).ToArray(), updates.Select(u => Utc(u.End.RecordedAt)).ToArray(), updates.Select(u => u.Detail).ToArray());
        InsertEpisodes(operations, table, numberColumn, startColumn, endColumn, detailColumn, InsertsWhereNone, "ON CONFLICT DO NOTHING");
    }

    private static void InsertEpisodes(IDocumentOperations operations, PostgresqlObjectName table, string numberColumn, string startColumn,
        string endColumn, string? detailColumn, IReadOnlyList<EpisodeRow> rows, string onConflict)
    {
        if (rows.Count == 0) return;
        var detail = detailColumn is null ? "" : $", {detailColumn}";
        var detailType = detailColumn is null ? "" : ", ?::text[]";
        object[] values =
        [
            rows.Select(r => r.Child).ToArray(), rows.Select(r => r.Number).ToArray(), rows.Select(r => r.StartedAt.ToUniversalTime()).ToArray(),
            rows.Select(r => r.StartedRecordedAt.ToUniversalTime()).ToArray(), rows.Select(r => Utc(r.EndedAt)).ToArray(),
            rows.Select(r => Utc(r.EndedRecordedAt)).ToArray(),
        ];
        operations.QueueSqlCommand($"""
            INSERT INTO {table.QualifiedName} (child_id, {numberColumn}, {startColumn}, started_recorded_at, {endColumn}, ended_recorded_at{detail})
            SELECT * FROM unnest(?::text[], ?::integer[], ?::timestamptz[], ?::timestamptz[], ?::timestamptz[], ?::timestamptz[]{detailType})
            {onConflict}
            """, detailColumn is null ? values : [.. values, rows.Select(r => r.Detail).ToArray()]);
    }

    private static string EndChangeSql(EndChangeKind kind) => kind switch
    {
        EndChangeKind.Keep => "keep",
        EndChangeKind.KeepFirstRecorded => "keep-first-recorded",
        _ => "replace",
    };

    private static DateTimeOffset? Utc(DateTimeOffset? instant) => instant?.ToUniversalTime();


    private Episode Of(string child, int number)
    {
        if (!_episodes.TryGetValue((child, number), out var episode)) _episodes[(child, number)] = episode = new Episode();
        return episode;
    }

    /// <summary>
    /// An end change applies to the row as it stands when it comes: the stored row (<see cref="Episode.End"/>, unless
    /// the episode was deleted in the batch, when there is none) and, once the episode was started in the batch, the
    /// row that start inserts when none was stored (<see cref="EpisodeStart.EndSinceStart"/>).
    /// </summary>
    private void ChangeEnd(string child, int number, EndChange change)
    {
        var episode = Of(child, number);
        if (!episode.DeleteFirst) episode.End = episode.End.Then(change);
        if (episode.Start is { } start) episode.Start = start with { EndSinceStart = start.EndSinceStart.Then(change) };
    }

    private sealed class Episode
    {
        public bool DeleteFirst { get; init; }
        public EpisodeStart? Start { get; set; }
        public EndChange End { get; set; } = EndChange.Keep;
        public string? Detail { get; set; }
    }

    private sealed record EpisodeStart(DateTimeOffset At, DateTimeOffset FirstRecordedAt, string? Detail, EndChange EndSinceStart);
}

/// <summary>
/// The change a batch makes to an episode's end and when it was recorded: none (<see cref="Keep"/>); set, keeping
/// a recorded time already there (<see cref="KeepFirstRecorded"/>: an end, or an end moved by a correction); or set
/// outright (<see cref="EndChangeKind.Replace"/>: an end withdrawn, and whatever followed it).
/// </summary>
public sealed record EndChange(EndChangeKind Kind, DateTimeOffset? EndedAt, DateTimeOffset? RecordedAt)
{
    public static readonly EndChange Keep = new(EndChangeKind.Keep, null, null);
    public static readonly EndChange Cleared = new(EndChangeKind.Replace, null, null);

    public static EndChange KeepFirstRecorded(DateTimeOffset endedAt, DateTimeOffset recordedAt) =>
        new(EndChangeKind.KeepFirstRecorded, endedAt, recordedAt);

    /// <summary>This change followed by <paramref name="next"/>, as one.</summary>
    public EndChange Then(EndChange next) => (Kind, next.Kind) switch
    {
        (_, EndChangeKind.Keep) => this,
        (_, EndChangeKind.Replace) or (EndChangeKind.Keep, _) => next,
        // Both keep the first recorded time: the earlier change's, unless the row had one already.
        (EndChangeKind.KeepFirstRecorded, _) => next with { RecordedAt = RecordedAt },
        // Set outright, then set again: the time the first set recorded stays (an end withdrawn has none).
        _ => new EndChange(EndChangeKind.Replace, next.EndedAt, RecordedAt ?? next.RecordedAt),
    };
}

/// <summary>How an <see cref="EndChange"/> treats the row's end, as the episode update's SQL spells it.</summary>
public enum EndChangeKind { Keep, KeepFirstRecorded, Replace }

/// <param name="StartedAt">The start, for an episode started in the batch; null leaves the stored start.</param>
/// <param name="StartedRecordedAt">When the start was first recorded, kept where the row has one.</param>
/// <param name="Detail">The detail column's value; null leaves the stored one.</param>
public sealed record EpisodeUpdate(string Child, int Number, DateTimeOffset? StartedAt, DateTimeOffset? StartedRecordedAt, string? Detail, EndChange End);

public sealed record EpisodeRow(string Child, int Number, DateTimeOffset StartedAt, DateTimeOffset StartedRecordedAt,
    DateTimeOffset? EndedAt, DateTimeOffset? EndedRecordedAt, string? Detail);
