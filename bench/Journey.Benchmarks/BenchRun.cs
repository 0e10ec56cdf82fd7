namespace Journey.Benchmarks;

public sealed record BenchOptions(string Server, string Repository, string Output, bool Quick, int ChildrenPerYear, int[] Years,
    int ApiSeconds, int Workers, int ApiPort, int SliceChildren, bool ApiOnly = false);

/// <summary>Every measurement in turn on one database, then docs/benchmarks.md.</summary>
public sealed class BenchRun(BenchOptions options)
{
    private readonly Report _report = new(options);
    private string _connectionString = "";

    public async Task Run()
    {
        var connectionString = _connectionString = await BenchStore.Recreate(options.Server);
        _report.Machine = await Machine.Describe(connectionString);
        var otherWork = OtherWork.Start((int)await BenchStore.Scalar(connectionString, "select pg_backend_pid()"));
        var directory = Directory.CreateTempSubdirectory("journey-bench-").FullName;
        try
        {
            using var store = await BenchStore.Open(connectionString);
            var data = new Data(options.ChildrenPerYear, directory);

            Say($"Generating 1 authority-year ({options.ChildrenPerYear} children)…");
            var first = await data.Write(0, 1);
            Say("Bulk loading it…");
            var load = await Workloads.Bulk(store, first.Path, options.Workers);
            _report.Loads.Add(new Report.LoadRow(0, 1, first.Lines, first.MiB, load));
            Say($"  {load.EventsPerSecond:N0} events/s, {load.Report.Refused} refused");

            if (options.ApiOnly)
            {
                await Api();
                Say("API only (--api-only): docs/benchmarks.md left as it was.");
                return;
            }

            Say("COPY of the same event rows…");
            _report.Copy = await Workloads.Copy(connectionString);
            Say($"  {_report.Copy.Value.Rows / _report.Copy.Value.Seconds:N0} rows/s");

            Say("Rebuilding every projection…");
            _report.Rebuild = await Workloads.Rebuild(store, connectionString);
            Say($"  {_report.Rebuild.Value.Report.Events / _report.Rebuild.Value.Seconds:N0} events/s");

            await Queries(store, connectionString, 1);

            await Api();

            var loaded = 1;
            foreach (var years in options.Years.Where(y => y > 1).Order())
            {
                Say($"Generating authority-years {loaded + 1}..{years}…");
                var more = await data.Write(loaded, years);
                Say($"Bulk loading them ({more.Lines:N0} lines, {more.MiB:N0} MiB)…");
                var grown = await Workloads.Bulk(store, more.Path, options.Workers);
                _report.Loads.Add(new Report.LoadRow(loaded, years, more.Lines, more.MiB, grown));
                Say($"  {grown.EventsPerSecond:N0} events/s, {grown.Report.Refused} refused");
                File.Delete(more.Path);
                loaded = years;
                await Queries(store, connectionString, years);
            }

            Say($"Line-by-line import of {options.SliceChildren} children, for comparison…");
            var slice = await data.WriteSlice(options.SliceChildren);
            _report.LineByLine = await Workloads.LineByLine(store, slice);
            Say($"  {_report.LineByLine.EventsPerSecond:N0} events/s");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
        _report.OtherWorkShare = otherWork.Share();
        await File.WriteAllTextAsync(options.Output, _report.Markdown());
        Say($"Wrote {options.Output}");
    }

    private async Task Api()
    {
        Say("Recording through the HTTP API…");
        await using var api = new ApiLoad(options.Repository, _connectionString, options.ApiPort);
        await api.Start();
        await api.Run(4, TimeSpan.FromSeconds(3)); // warm-up: compiled handlers, pools
        foreach (var clients in new[] { 1, 8, 32 })
        {
            var level = await api.Run(clients, TimeSpan.FromSeconds(options.ApiSeconds));
            _report.Api.Add(level);
            Say($"  {clients} clients: {level.EventsPerSecond:N0} events/s, p50 {level.P50:N1} ms, p99 {level.P99:N1} ms");
        }
    }

    private async Task Queries(Marten.DocumentStore store, string connectionString, int years)
    {
        Say($"Queries at {years} authority-year(s)…");
        var repeats = 5; // a pack over ten large authority-years takes seconds: five runs keep the full run well under an hour
        var events = await BenchStore.Scalar(connectionString, "select count(*) from journey.mt_events");
        var clocks = await BenchStore.Scalar(connectionString, "select count(*) from journey.measure_clocks");
        var pack = await Workloads.Time(Workloads.KpiPack(store), repeats);
        var recorded = await Workloads.Time(Workloads.KpiPackAsRecorded(store), repeats);
        var measures = await Workloads.Time(Workloads.MonthOfMeasures(store), repeats);
        _report.Queries.Add(new Report.QueryRow(years, events, clocks, pack, recorded, measures));
        Say($"  KPI pack p50 {pack.P50:N0} ms, as recorded {recorded.P50:N0} ms, a month of measures {measures.P50:N0} ms");
    }

    private static void Say(string text) => Console.WriteLine($"{DateTime.Now:HH:mm:ss} {text}");
}
