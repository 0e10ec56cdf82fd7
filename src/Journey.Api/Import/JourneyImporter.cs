using JasperFx.Events;
using Journey.Domain.Journeys;
using Journey.Projections.Import;
using Marten;

namespace Journey.Api.Import;

/// <summary>
/// Imports NDJSON lines through the same rules as the API, one line at a time so memory stays flat
/// whatever the file's size, or a line's (<see cref="ImportLines"/>), or the number of lines refused
/// (<see cref="ImportReport"/>). Each stored line's events keep when the step happened (the event),
/// who recorded it (the store's user name) and when (the event timestamp, from recordedAt), with
/// who imported it and when in the event headers; the line's hash is kept in the same transaction,
/// so a line imported before is counted and skipped.
/// </summary>
public sealed class JourneyImporter(IDocumentStore store, TimeProvider clock, ImportLimits? limits = null, ILogger<JourneyImporter>? log = null)
{
    public const string ImportedByHeader = "importedBy";
    public const string ImportedAtHeader = "importedAt";

    public ImportLimits Limits { get; } = limits ?? ImportLimits.Default;

    /// <summary>Imports every line, the report kept in memory (its listing of problems capped as any report's).</summary>
    public async Task<ImportReport> Import(TextReader reader, string importedBy, CancellationToken cancellation)
    {
        var report = new ImportReport(Limits.MaxProblemsListed);
        await Import(reader, importedBy, report, cancellation);
        return report;
    }

    /// <summary>Imports every line, telling <paramref name="report"/> as it goes, and finishes it.</summary>
    public async Task Import(TextReader reader, string importedBy, ImportReport report, CancellationToken cancellation)
    {
        await foreach (var (number, text) in ImportLines.Read(reader, Limits.MaxLineBytes, cancellation))
        {
            if (text is not null && string.IsNullOrWhiteSpace(text)) continue;
            report.LinesRead++;
            if (text is null) report.Refuse(ImportFailures.TooLong(number, Limits.MaxLineBytes));
            else
            {
                var (line, childId, type, problems) = ImportLine.Read(number, text, clock.GetUtcNow());
                if (line is null) report.Refuse(new ImportProblem(number, childId, type, problems));
                else await StoreOrReport(line, importedBy, report, cancellation);
            }
            // What was found is written out now (a streamed report), not kept until the end.
            await report.Flush(cancellation);
        }
        await report.Finish(cancellation);
    }

    /// <summary>
    /// The event wrapped as its own type: AsEvent() on an IJourneyEvent variable would store the
    /// interface as the event type.
    /// </summary>
    internal static IEvent Wrap(IJourneyEvent e) => (IEvent)Activator.CreateInstance(typeof(Event<>).MakeGenericType(e.GetType()), e)!;

    /// <summary>Names a rule's field as it stands in the line: the step's time is occurredAt, the rest are under data.</summary>
    internal static string LineField(JourneyStep step, string field) =>
        field == step.OccurredField ? "occurredAt" : field == "childId" ? field : $"data.{field}";

    /// <summary>
    /// One line's failure is that line's problem, not the file's: a write that lost a race with
    /// another writer to the same child (or the same line in a concurrent import) is tried once more
    /// against what is now stored; anything else is reported against the line and the import goes on.
    /// </summary>
    private async Task StoreOrReport(ImportLine line, string importedBy, ImportReport report, CancellationToken cancellation)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await Store(line, importedBy, report, cancellation);
                return;
            }
            catch (Exception e) when (attempt == 1 && IsLostRace(e))
            {
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                ImportFailures.LogNotStored(log, importedBy, [line.Number], e);
                report.Refuse(ImportFailures.NotStored(line));
                return;
            }
        }
    }

    internal static bool IsLostRace(Exception e) =>
        e is JasperFx.ConcurrencyException or Marten.Exceptions.ExistingStreamIdCollisionException or Marten.Exceptions.ConcurrentUpdateException
        || e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation }
        || e is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation };

    private async Task Store(ImportLine line, string importedBy, ImportReport report, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        var seen = await session.QueryAsync<int>(
            $"select count(*)::int from {ImportSchema.ImportedLinesTable.QualifiedName} where line_hash = ?", cancellation, line.Hash);
        if (seen[0] > 0)
        {
            report.AlreadyImported++;
            return;
        }

        var now = clock.GetUtcNow();
        session.LastModifiedBy = line.RecordedBy;
        var stream = await session.Events.FetchForWriting<ChildJourney>(line.ChildId, cancellation);
        if (stream.Aggregate is null && await Retention.DisposedRecords.IsDisposed(session, line.ChildId, cancellation))
        {
            report.Refuse(new ImportProblem(line.Number, line.ChildId, line.Step.Event.Name, [Retention.DisposedRecords.Violation(line.ChildId)]));
            return;
        }
        var decision = line.Command.DecideWithinLimits(stream.Aggregate ?? ChildJourney.New(line.ChildId), now);
        if (decision.IsRefused)
        {
            report.Refuse(new ImportProblem(line.Number, line.ChildId, line.Step.Event.Name,
                decision.Violations.Select(v => v with { Field = LineField(line.Step, v.Field) }).ToArray()));
            return;
        }
        foreach (var e in decision.Events)
            stream.AppendOne(Wrap(e).AtTimestamp(line.RecordedAt).WithHeader(ImportedByHeader, importedBy).WithHeader(ImportedAtHeader, now));
        session.QueueSqlCommand(
            $"insert into {ImportSchema.ImportedLinesTable.QualifiedName} (line_hash, child_id, event_type, stream_version, imported_at, imported_by) values (?, ?, ?, ?, ?, ?)",
            line.Hash, line.ChildId, line.Step.Event.Name, (stream.Aggregate?.Version ?? 0) + decision.Events.Count, now, importedBy);
        await session.SaveChangesAsync(cancellation);
        report.Stored++;
        report.EventsAppended += decision.Events.Count;
    }
}
