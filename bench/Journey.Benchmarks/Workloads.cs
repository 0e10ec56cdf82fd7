using System.Diagnostics;
using Journey.Api.Import;
using Journey.Api.Kpis;
using Journey.Api.Measures;
using Journey.Domain.Timescales;
using Journey.Projections.Rebuild;
using Marten;
using Npgsql;

namespace Journey.Benchmarks;

/// <summary>The in-process measurements: loads, the COPY ceiling, the rebuild and the queries.</summary>
public static class Workloads
{
    /// <param name="StartMiB">The resident set the load started from, once settled (<see cref="PeakMemory.SettleAndReset"/>):
    /// what the process already held from the loads and queries before it.</param>
    /// <param name="PeakMiB">The peak resident set during the load.</param>
    /// <param name="RetainedMiB">The resident set after the load once the heap is settled again: what the load left held.</param>
    public sealed record Load(long Lines, long Events, double Seconds, double StartMiB, double PeakMiB, double RetainedMiB, ImportReport Report)
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
        watch.Stop();
        var peak = PeakMemory.Read(PeakMemory.Self) ?? 0;
        return new Load(report.LinesRead, report.EventsAppended, watch.Elapsed.TotalSeconds, start, peak, PeakMemory.Retained() ?? 0, report);
    }

    public static async Task<Load> LineByLine(DocumentStore store, string path)
    {
        var start = PeakMemory.SettleAndReset() ?? 0;
        var watch = Stopwatch.StartNew();
        ImportReport report;
        using (var reader = new StreamReader(path))
            report = await new JourneyImporter(store, TimeProvider.System).Import(reader, "benchmark", CancellationToken.None);
        watch.Stop();
        var peak = PeakMemory.Read(PeakMemory.Self) ?? 0;
        return new Load(report.LinesRead, report.EventsAppended, watch.Elapsed.TotalSeconds, start, peak, PeakMemory.Retained() ?? 0, report);
    }

    /// <summary>
    /// The machine's ceiling for the same rows: every stored event row copied out (binary) and timed
    /// copying back into a table shaped like Marten's events table, its indexes included, in one COPY.
    /// </summary>
    public static async Task<(long Rows, double Seconds, double PeakMiB)> Copy(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var sql in new[] { "DROP SCHEMA IF EXISTS bench_copy CASCADE", "CREATE SCHEMA bench_copy",
                     "CREATE TABLE bench_copy.mt_events (LIKE journey.mt_events INCLUDING ALL)" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
        var rows = new MemoryStream();
        await using (var output = await connection.BeginRawBinaryCopyAsync("COPY journey.mt_events TO STDOUT (FORMAT BINARY)"))
            await output.CopyToAsync(rows);
        rows.Position = 0;
        PeakMemory.Reset(PeakMemory.Self);
        var watch = Stopwatch.StartNew();
        await using (var input = await connection.BeginRawBinaryCopyAsync("COPY bench_copy.mt_events FROM STDIN (FORMAT BINARY)"))
            await rows.CopyToAsync(input);
        watch.Stop();
        var copied = await BenchStore.Scalar(connectionString, "select count(*) from bench_copy.mt_events");
        await using (var drop = new NpgsqlCommand("DROP SCHEMA bench_copy CASCADE", connection)) await drop.ExecuteNonQueryAsync();
        return (copied, watch.Elapsed.TotalSeconds, PeakMemory.Read(PeakMemory.Self) ?? 0);
    }

    public static async Task<(RebuildReport Report, double Seconds, double PeakMiB)> Rebuild(DocumentStore store, string connectionString)
    {
        PeakMemory.Reset(PeakMemory.Self);
        var watch = Stopwatch.StartNew();
        var report = await new ProjectionRebuild(store, new ReplayStoreFactory(connectionString, TimelinessClocks.Default)).Run(null, CancellationToken.None);
        watch.Stop();
        return (report, watch.Elapsed.TotalSeconds, PeakMemory.Read(PeakMemory.Self) ?? 0);
    }

    /// <summary>Latencies in milliseconds of repeated runs of a query (after one warm-up run), with the peak memory over them.</summary>
    public static async Task<(double P50, double Max, double PeakMiB, int Rows)> Time(Func<Task<int>> query, int repeats)
    {
        await query();
        PeakMemory.Reset(PeakMemory.Self);
        var times = new List<double>();
        var rows = 0;
        for (var i = 0; i < repeats; i++)
        {
            var watch = Stopwatch.StartNew();
            rows = await query();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return (times[times.Count / 2], times[^1], PeakMemory.Read(PeakMemory.Self) ?? 0, rows);
    }

    public static Func<Task<int>> KpiPack(DocumentStore store) => async () =>
        (await KpiPackQuery.Pack(store, Data.KpiMonth, Data.KpiMonth, null, false, CancellationToken.None)).Count;

    public static Func<Task<int>> KpiPackAsRecorded(DocumentStore store) => async () =>
        (await KpiPackQuery.Pack(store, Data.KpiMonth, Data.KpiMonth, null, true, CancellationToken.None)).Count;

    /// <summary>The measures endpoint's query: every clock started in the KPI month, as it stands now.</summary>
    public static Func<Task<int>> MonthOfMeasures(DocumentStore store) => async () =>
        (await MeasureQuery.Run(store, Journey.Api.Authorisation.ReadScope.Everything, new MeasureFilter(null, null, null, null, Data.KpiMonth, Data.KpiMonth.AddMonths(1).AddDays(-1), "start",
            Data.Now), CancellationToken.None)).Count;
}
