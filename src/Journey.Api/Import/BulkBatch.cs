using JasperFx.Events;
using Journey.Domain.Journeys;
using Journey.Projections.Import;
using Marten;

namespace Journey.Api.Import;

/// <summary>
/// Stores a batch of children's runs in one transaction: one look-up of the ledger for every line,
/// every child's journey fetched in one batched query, each line decided in order against the journey as the lines
/// before it left it (accepted events are folded in memory with the domain's own Evolve), and every
/// accepted event and the batch's ledger rows (one statement) saved with the inline projections. The report is only
/// told what was stored once the transaction commits.
/// </summary>
internal sealed class BulkBatch(IDocumentStore store, TimeProvider clock, string importedBy, ImportReport report, ILogger? log)
{
    private sealed class Outcome
    {
        public int Stored;
        public int AlreadyImported;
        public int EventsAppended;
        public readonly List<ImportProblem> Refused = [];
        public readonly List<ImportLine> ToStore = [];
    }

    public async Task Store(IReadOnlyList<ChildRun> runs, CancellationToken cancellation)
    {
        // Runs of one child in a batch (a long run split, or an interleaved file) are one list, in order.
        var children = runs.GroupBy(r => r.ChildId).Select(g => g.SelectMany(r => r.Lines).ToList()).ToList();
        try
        {
            Commit(await Save(children, cancellation));
        }
        catch (Exception) when (children.Count > 1 && !cancellation.IsCancellationRequested)
        {
            // One child's failure (a lost race with another writer, most likely) must not be the
            // others': store each alone, as the line-by-line import would have.
            foreach (var child in children) await StoreAlone(child, cancellation);
        }
        catch (Exception e) when (!cancellation.IsCancellationRequested)
        {
            await StoreAlone(children[0], cancellation, e);
        }
    }

    private async Task StoreAlone(List<ImportLine> lines, CancellationToken cancellation, Exception? first = null)
    {
        for (var attempt = first is null ? 1 : 2; ; attempt++)
        {
            try
            {
                Commit(await Save([lines], cancellation));
                return;
            }
            catch (Exception e) when (attempt == 1 && JourneyImporter.IsLostRace(e))
            {
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Fail(lines, e);
                return;
            }
        }
    }

    private async Task<Outcome> Save(IReadOnlyList<List<ImportLine>> children, CancellationToken cancellation)
    {
        var outcome = new Outcome();
        var now = clock.GetUtcNow();
        await using var session = store.LightweightSession();
        var hashes = children.SelectMany(c => c).Select(l => l.Hash).Distinct().ToArray();
        var seen = (await session.QueryAsync<string>(
            $"select line_hash from {ImportSchema.ImportedLinesTable.QualifiedName} where line_hash = any(?)", cancellation, (object)hashes)).ToHashSet();

        // Every child's stream in one round trip (Marten's batched FetchForWriting), not one query per child.
        var batch = session.CreateBatchQuery();
        var fetches = children.Select(lines => batch.Events.FetchForWriting<ChildJourney>(lines[0].ChildId)).ToList();
        await batch.Execute(cancellation);
        var streams = new List<IEventStream<ChildJourney>>();
        foreach (var fetch in fetches) streams.Add(await fetch);
        // A disposed child's id never starts a new journey (decision 67): one look-up for the batch's new children.
        var disposed = await Retention.DisposedRecords.Among(session,
            children.Zip(streams).Where(c => c.Second.Aggregate is null).Select(c => c.First[0].ChildId).ToList(), cancellation);

        var ledger = new List<(string Hash, string ChildId, string EventType, long Version)>();
        foreach (var (lines, stream) in children.Zip(streams))
        {
            var journey = stream.Aggregate ?? ChildJourney.New(lines[0].ChildId);
            foreach (var line in lines)
            {
                // A line stored before, or earlier in this file, is counted and skipped, as the line-by-line import does.
                if (!seen.Add(line.Hash))
                {
                    outcome.AlreadyImported++;
                    continue;
                }
                var decision = disposed.Contains(line.ChildId)
                    ? Decision.Refuse([Retention.DisposedRecords.Violation(line.ChildId)])
                    : line.Command.DecideWithinLimits(journey, now);
                if (decision.IsRefused)
                {
                    seen.Remove(line.Hash);
                    outcome.Refused.Add(new ImportProblem(line.Number, line.ChildId, line.Step.Event.Name,
                        decision.Violations.Select(v => v with { Field = JourneyImporter.LineField(line.Step, v.Field) }).ToArray()));
                    continue;
                }
                foreach (var e in decision.Events)
                {
                    var wrapped = JourneyImporter.Wrap(e).AtTimestamp(line.RecordedAt)
                        .WithHeader(JourneyImporter.ImportedByHeader, importedBy).WithHeader(JourneyImporter.ImportedAtHeader, now);
                    // Who recorded it, per event: one transaction holds lines recorded by different people.
                    wrapped.UserName = line.RecordedBy;
                    stream.AppendOne(wrapped);
                    journey = journey.Evolve(e);
                }
                ledger.Add((line.Hash, line.ChildId, line.Step.Event.Name, journey.Version));
                outcome.ToStore.Add(line);
                outcome.Stored++;
                outcome.EventsAppended += decision.Events.Count;
            }
        }
        if (outcome.ToStore.Count == 0) return outcome;
        // The batch's ledger rows in one statement: a line another writer stored meanwhile fails it, and the batch with it.
        session.QueueSqlCommand($"""
            insert into {ImportSchema.ImportedLinesTable.QualifiedName} (line_hash, child_id, event_type, stream_version, imported_at, imported_by)
            select l.hash, l.child_id, l.event_type, l.version, ?, ? from unnest(?::text[], ?::text[], ?::text[], ?::bigint[]) as l(hash, child_id, event_type, version)
            """, now, importedBy, ledger.Select(r => r.Hash).ToArray(), ledger.Select(r => r.ChildId).ToArray(),
            ledger.Select(r => r.EventType).ToArray(), ledger.Select(r => r.Version).ToArray());
        await session.SaveChangesAsync(cancellation);
        return outcome;
    }

    private void Commit(Outcome outcome)
    {
        lock (report)
        {
            report.Stored += outcome.Stored;
            report.AlreadyImported += outcome.AlreadyImported;
            report.EventsAppended += outcome.EventsAppended;
            foreach (var problem in outcome.Refused) report.Refuse(problem);
        }
    }

    /// <summary>The child's lines could not be stored: each is reported against its line, and the import goes on.</summary>
    private void Fail(List<ImportLine> lines, Exception e)
    {
        ImportFailures.LogNotStored(log, importedBy, lines.Select(l => l.Number), e);
        foreach (var line in lines) report.Refuse(ImportFailures.NotStored(line));
    }
}
