using System.Diagnostics;
using Journey.Api.Import;
using Journey.Api.Measures;
using Journey.Domain.Timescales;
using Journey.Projections.Rebuild;
using Marten;

namespace Journey.Benchmarks;

/// <summary>The in-process measurements: loads, the rebuild and the queries (the ceiling is <see cref="Ceiling"/>).</summary>
public static class Workloads
{
    /// <param name="StartMiB">The resident set the load started from, once settled (<see cref="PeakMemory.SettleAndReset"/>):
    /// what the process already held from the loads and queries before it.</param>
    /// <param name="PeakMiB">The peak resident set during the load.</param>
    /// <param name="RetainedMiB">The resident set after the load once the heap is settled again: what the load left held.</param>
    /// <param name="CatchUpSeconds">Of <paramref name="Seconds"/>, the async projections' catching up after the import (<see cref="AsyncProjections.CatchUp"/>).</param>
    public sealed record Load(long Lines, long Events, double Seconds, double StartMiB, double PeakMiB, double RetainedMiB, ImportReport Report, double CatchUpSeconds)
    {
        public double EventsPerSecond => Events / Seconds;
        public double LinesPerSecond => Lines / Seconds;
        /// <summary>What the load itself needed on top of what the process held before it.</summary>
        public double WorkingMiB => PeakMiB - StartMiB;
    }

    public static async Task<Load> Bulk(DocumentStore store, string path, int workers)
    {
        var start = PeakMemory.SettleAndReset() ?? 0;
        var watch = Stopwatch.StartNew();
        ImportReport report;
        using (var reader = new StreamReader(path))
            report = await new BulkImporter(store, TimeProvider.System).Import(reader, "benchmark", new BulkOptions(Workers: workers), CancellationToken.None);
        var imported = watch.Elapsed;
        await AsyncProjections.CatchUp(store);
        watch.Stop();
        var peak = PeakMemory.Read(PeakMemory.Self) ?? 0;
        return new Load(report.LinesRead, report.EventsAppended, watch.Elapsed.TotalSeconds, start, peak, PeakMemory.Retained() ?? 0, report,
            (watch.Elapsed - imported).TotalSeconds);
    }

    public static async Task<Load> LineByLine(DocumentStore store, string path)
    {
        var start = PeakMemory.SettleAndReset() ?? 0;
        var watch = Stopwatch.StartNew();
        ImportReport report;
        using (var reader = new StreamReader(path))
            report = await new JourneyImporter(store, TimeProvider.System).Import(reader, "benchmark", CancellationToken.None);
        var imported = watch.Elapsed;
        await AsyncProjections.CatchUp(store);
        watch.Stop();
        var peak = PeakMemory.Read(PeakMemory.Self) ?? 0;
        return new Load(report.LinesRead, report.EventsAppended, watch.Elapsed.TotalSeconds, start, peak, PeakMemory.Retained() ?? 0, report,
            (watch.Elapsed - imported).TotalSeconds);
    }

    public static async Task<(RebuildReport Report, double Seconds, double PeakMiB)> Rebuild(DocumentStore store, string connectionString)
    {
        PeakMemory.Reset(PeakMemory.Self);
        var watch = Stopwatch.StartNew();
        var report = await new ProjectionRebuild(store, new ReplayStoreFactory(connectionString, TimelinessClocks.Default)).Run(null, CancellationToken.None);
        watch.Stop();
        return (report, watch.Elapsed.TotalSeconds, PeakMemory.Read(PeakMemory.Self) ?? 0);
    }

    /// <summary>
    /// Latencies in milliseconds of repeated runs of a query (after one warm-up run), with the peak memory over them;
    /// <paramref name="before"/>, when given, runs untimed before each timed run.
    /// </summary>
    public static async Task<(double P50, double Max, double PeakMiB, int Rows)> Time(Func<Task<int>> query, int repeats, Func<Task>? before = null)
    {
        await query();
        PeakMemory.Reset(PeakMemory.Self);
        var times = new List<double>();
        var rows = 0;
        for (var i = 0; i < repeats; i++)
        {
            if (before is not null) await before();
            var watch = Stopwatch.StartNew();
            rows = await query();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return (times[times.Count / 2], times[^1], PeakMemory.Read(PeakMemory.Self) ?? 0, rows);
    }

    /// <summary>The measures endpoint's query: every clock started in the KPI month, as it stands now.</summary>
    public static Func<Task<int>> MonthOfMeasures(DocumentStore store) => async () =>
        (await MeasureQuery.Run(store, Journey.Api.Authorisation.ReadScope.Everything, new MeasureFilter(null, null, null, null, Data.KpiMonth, Data.KpiMonth.AddMonths(1).AddDays(-1), "start",
            Data.Now), CancellationToken.None)).Count;
}
