using System.Threading.Channels;
using Marten;

namespace Journey.Api.Import;

/// <param name="Workers">Writers storing children in parallel; each child always goes to the same writer, so its lines keep their order.</param>
/// <param name="BatchLines">Lines at most in one transaction (several children's runs share one when they are short).</param>
/// <param name="RunLines">Lines of one child held in memory at most before they are handed on; a longer run is split, in order.</param>
/// <param name="QueuedRuns">Runs waiting per writer at most; the reader waits when they are full, so memory stays flat.</param>
public sealed record BulkOptions(int Workers = 4, int BatchLines = 500, int RunLines = 1000, int QueuedRuns = 64);

/// <summary>
/// The migration's fast path (decision in docs/decisions.md, "A bulk load path"): the same lines,
/// read the same way (<see cref="ImportLine.Read"/>), decided by the same deciders against the
/// child's journey, with the same ledger of imported lines, but a child's consecutive lines are
/// decided in memory one after another from its stored state and stored together, several
/// children in one transaction, on several writers at once. The file is streamed: only the runs
/// queued for the writers are held (<see cref="BulkOptions"/>). A file that interleaves children
/// is imported correctly — each child's lines are still decided in file order, because a child
/// always goes to the same writer — only more slowly, in shorter runs.
/// </summary>
public sealed class BulkImporter(IDocumentStore store, TimeProvider clock, ImportLimits? limits = null, ILogger<BulkImporter>? log = null)
{
    public ImportLimits Limits { get; } = limits ?? ImportLimits.Default;

    /// <summary>Imports every line, the report kept in memory (its listing of problems capped as any report's).</summary>
    public async Task<ImportReport> Import(TextReader reader, string importedBy, BulkOptions options, CancellationToken cancellation)
    {
        var report = new ImportReport(Limits.MaxProblemsListed);
        await Import(reader, importedBy, options, report, cancellation);
        return report;
    }

    /// <summary>
    /// Imports every line, telling <paramref name="report"/> as it goes, and finishes it. Problems are listed in the
    /// order they are found: each child's in line order, children's as their writers reach them.
    /// </summary>
    public async Task Import(TextReader reader, string importedBy, BulkOptions options, ImportReport report, CancellationToken cancellation)
    {
        var writers = Enumerable.Range(0, options.Workers)
            .Select(_ => Channel.CreateBounded<ChildRun>(new BoundedChannelOptions(options.QueuedRuns) { SingleReader = true, SingleWriter = true }))
            .ToArray();
        var batch = new BulkBatch(store, clock, importedBy, report, log);
        var running = writers.Select(w => Task.Run(() => Write(w.Reader, batch, options.BatchLines, cancellation), cancellation)).ToArray();

        try
        {
            ChildRun? run = null;
            await foreach (var (number, text) in ImportLines.Read(reader, Limits.MaxLineBytes, cancellation))
            {
                if (text is not null && string.IsNullOrWhiteSpace(text)) continue;
                var (line, childId, type, problems) = text is null ? default : ImportLine.Read(number, text, clock.GetUtcNow());
                lock (report)
                {
                    report.LinesRead++;
                    if (text is null) report.Refuse(ImportFailures.TooLong(number, Limits.MaxLineBytes));
                    else if (line is null) report.Refuse(new ImportProblem(number, childId, type, problems));
                }
                // What the reader and the writers found so far is written out now (a streamed report).
                await report.Flush(cancellation);
                if (line is null) continue;
                if (run is not null && (run.ChildId != line.ChildId || run.Lines.Count >= options.RunLines))
                {
                    await writers[WriterOf(run.ChildId, options.Workers)].Writer.WriteAsync(run, cancellation);
                    run = null;
                }
                run ??= new ChildRun(line.ChildId, []);
                run.Lines.Add(line);
            }
            if (run is not null) await writers[WriterOf(run.ChildId, options.Workers)].Writer.WriteAsync(run, cancellation);
        }
        finally
        {
            foreach (var w in writers) w.Writer.TryComplete();
            await Task.WhenAll(running);
        }
        await report.Finish(cancellation);
    }

    /// <summary>A stable writer per child (string.GetHashCode is randomised per process, so not that).</summary>
    private static int WriterOf(string childId, int workers)
    {
        var hash = 17u;
        foreach (var c in childId) hash = unchecked(hash * 31 + c);
        return (int)(hash % (uint)workers);
    }

    /// <summary>Takes what runs are waiting, up to a batch's worth of lines, and stores them in one transaction.</summary>
    private static async Task Write(ChannelReader<ChildRun> runs, BulkBatch batch, int batchLines, CancellationToken cancellation)
    {
        while (await runs.WaitToReadAsync(cancellation))
        {
            var taken = new List<ChildRun>();
            var lines = 0;
            while (lines < batchLines && runs.TryRead(out var run))
            {
                taken.Add(run);
                lines += run.Lines.Count;
            }
            await batch.Store(taken, cancellation);
        }
    }
}

/// <summary>Consecutive lines of one child, in file order.</summary>
public sealed record ChildRun(string ChildId, List<ImportLine> Lines);
