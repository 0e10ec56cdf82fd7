using Journey.Projections;

namespace Journey.Benchmarks;

public sealed record BenchOptions(string Server, string Repository, string Output, bool Quick, int ChildrenPerYear, int[] Years,
    int ApiSeconds, int Workers, int ApiPort, int SliceChildren, bool ApiOnly = false, int Runs = 1);

/// <summary>Every measurement in turn on one database, then docs/benchmarks.md.</summary>
public sealed class BenchRun(BenchOptions options)
{
    private const string FirstLoad = "bulk load, 1 authority-year";
    private readonly Report _report = new(options);
    private string _connectionString = "";
    private CostMeter _meter = null!;

    public async Task Run()
    {
        var connectionString = _connectionString = await BenchStore.Recreate(options.Server);
        _report.Machine = await Machine.Describe(connectionString);
        _meter = await CostMeter.Open(options.Server, connectionString);
        _report.StatementsMissing = _meter.StatementsMissing;
        var otherWork = OtherWork.Start((int)await BenchStore.Scalar(connectionString, "select pg_backend_pid()"));
        var directory = Directory.CreateTempSubdirectory("journey-bench-").FullName;
        try
        {
            using var store = await BenchStore.Open(connectionString);
            var data = new Data(options.ChildrenPerYear, directory);
            var empty = await Ceiling.EmptyTables(connectionString, JourneyStore.Schema);
            await CostMeter.Settle();

            Say($"Generating 1 authority-year ({options.ChildrenPerYear} children)…");
            var first = await data.Write(0, 1);
            var loads = new List<Workloads.Load>();
            for (var run = 1; run <= options.Runs; run++)
            {
                // Each run loads into an empty store: the tables the previous run wrote are emptied first.
                if (run > 1) await Ceiling.Empty(connectionString, await Ceiling.HoldingRows(connectionString, empty));
                Say($"Bulk loading it (run {run} of {options.Runs})…");
                var probe = await _meter.Start();
                var load = await Workloads.Bulk(store, first.Path, options.Workers);
                _report.Costs.Add(new Report.CostEntry(FirstLoad, load.Events, await _meter.Stop(probe)));
                loads.Add(load);
                Say($"  {load.EventsPerSecond:N0} events/s, {load.Report.Refused} refused");
            }
            _report.Loads.Add(new Report.LoadRow(0, 1, first.Lines, first.MiB, loads));

            if (options.ApiOnly)
            {
                await Api();
                Say("API only (--api-only): docs/benchmarks.md left as it was.");
                return;
            }

            await MeasureCeiling(connectionString, empty, loads[^1].Events);

            for (var run = 1; run <= options.Runs; run++)
            {
                Say($"Rebuilding every projection (run {run} of {options.Runs})…");
                var probe = await _meter.Start();
                var rebuild = await Workloads.Rebuild(store, connectionString);
                _report.Costs.Add(new Report.CostEntry("projection rebuild, 1 authority-year", rebuild.Report.Events, await _meter.Stop(probe)));
                _report.Rebuilds.Add(rebuild);
                Say($"  {rebuild.Report.Events / rebuild.Seconds:N0} events/s");
            }

            await Queries(store, connectionString, 1);

            await Api();

            var loaded = 1;
            foreach (var years in options.Years.Where(y => y > 1).Order())
            {
                Say($"Generating authority-years {loaded + 1}..{years}…");
                var more = await data.Write(loaded, years);
                Say($"Bulk loading them ({more.Lines:N0} lines, {more.MiB:N0} MiB; one run)…");
                var probe = await _meter.Start();
                var grown = await Workloads.Bulk(store, more.Path, options.Workers);
                _report.Costs.Add(new Report.CostEntry($"bulk load, authority-years {loaded + 1}–{years}", grown.Events, await _meter.Stop(probe)));
                _report.Loads.Add(new Report.LoadRow(loaded, years, more.Lines, more.MiB, [grown]));
                Say($"  {grown.EventsPerSecond:N0} events/s, {grown.Report.Refused} refused");
                File.Delete(more.Path);
                loaded = years;
                await Queries(store, connectionString, years);
            }

            Say($"Line-by-line import of {options.SliceChildren} children, for comparison…");
            var slice = await data.WriteSlice(options.SliceChildren);
            var lineProbe = await _meter.Start();
            _report.LineByLine = await Workloads.LineByLine(store, slice);
            _report.Costs.Add(new Report.CostEntry($"line by line, {options.SliceChildren} children", _report.LineByLine.Events, await _meter.Stop(lineProbe)));
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

    /// <summary>The like-for-like ceiling (<see cref="Ceiling"/>) of the first load, in as many runs as the loads.</summary>
    private async Task MeasureCeiling(string connectionString, IReadOnlyList<string> empty, long events)
    {
        var written = await Ceiling.HoldingRows(connectionString, empty);
        var copied = await Ceiling.CopyOut(connectionString, written);
        _report.CeilingEvents = events;
        _report.CeilingTables = copied.Select(c => (c.Table, c.Rows, c.Data.LongLength)).ToList();
        for (var run = 1; run <= options.Runs; run++)
        {
            Say($"Binary COPY of every row the load wrote, {copied.Count} tables (run {run} of {options.Runs})…");
            PeakMemory.Reset(PeakMemory.Self);
            var probe = await _meter.Start();
            var ceiling = await Ceiling.CopyIn(connectionString, copied);
            _report.Costs.Add(new Report.CostEntry("ceiling: binary COPY of every row the load wrote", events, await _meter.Stop(probe)));
            _report.Ceilings.Add((ceiling, PeakMemory.Read(PeakMemory.Self) ?? 0));
            Say($"  {events / ceiling.Seconds:N0} events/s ({ceiling.Seconds:N1} s)");
        }
        // What the load wrote that the ceiling does not copy (a table that held rows before the load): named in the report.
        var loadWrites = _report.Costs.Last(c => c.Measurement == FirstLoad).Cost.Rows.Select(r => r.Table);
        _report.NotInCeiling = loadWrites.Except(written, StringComparer.Ordinal).ToList();
    }

    private async Task Api()
    {
        Say("Recording through the HTTP API…");
        // The service sizes its own pool (Journey:Database:MaxPoolSize, decision 162): it is not handed the loaders' 100.
        var service = new Npgsql.NpgsqlConnectionStringBuilder(_connectionString);
        service.Remove("Maximum Pool Size");
        await using var api = new ApiLoad(options.Repository, service.ConnectionString, options.ApiPort);
        await api.Start();
        await api.Run(4, TimeSpan.FromSeconds(3)); // warm-up: compiled handlers, pools
        await CostMeter.Settle();
        for (var run = 1; run <= options.Runs; run++)
            foreach (var clients in new[] { 1, 8, 32 })
            {
                var probe = await _meter.Start(api.ServicePid);
                var level = await api.Run(clients, TimeSpan.FromSeconds(options.ApiSeconds));
                var cost = await _meter.Stop(probe);
                _report.Costs.Add(new Report.CostEntry($"API, {clients} clients", level.Events, cost));
                _report.Api.Add(level);
                Say($"  {clients} clients (run {run} of {options.Runs}): {level.EventsPerSecond:N0} events/s, p50 {level.P50:N1} ms, p99 {level.P99:N1} ms");
                // What each event cost, printed too, so --api-only (which writes no report) shows a change's profile beside its rate.
                if (level.Events > 0) Say($"    per event: service {cost.ServiceCpu * 1000 / level.Events:N2} ms CPU, PostgreSQL {cost.PostgresCpu * 1000 / level.Events:N2} ms CPU, " +
                    $"{(double?)cost.Statements?.Calls / level.Events:N1} statements");
            }
    }

    private async Task Queries(Marten.DocumentStore store, string connectionString, int years)
    {
        var repeats = 5; // a pack over ten large authority-years takes seconds: five runs keep the full run well under an hour
        var events = await BenchStore.Scalar(connectionString, "select count(*) from journey.mt_events");
        var clocks = await BenchStore.Scalar(connectionString, "select count(*) from journey.measure_clocks");
        for (var run = 1; run <= options.Runs; run++)
        {
            Say($"Queries at {years} authority-year(s) (run {run} of {options.Runs})…");
            var probe = await _meter.Start();
            // The warm-up run keeps the month (decision 142), so the timed runs read it kept: a closed month's pack. The
            // stale runs have the month marked before each, as a late step would, so each counts it again.
            var pack = await Workloads.Time(KpiPackWorkloads.KpiPack(store), repeats);
            var stale = await Workloads.Time(KpiPackWorkloads.KpiPack(store), repeats, KpiPackWorkloads.MarkKpiMonthStale(connectionString));
            var recorded = await Workloads.Time(KpiPackWorkloads.KpiPackAsRecorded(store), repeats);
            var measures = await Workloads.Time(Workloads.MonthOfMeasures(store), repeats);
            _report.Costs.Add(new Report.CostEntry($"queries at {years} authority-years ({repeats + 1} of each)", null, await _meter.Stop(probe, writes: false)));
            _report.Queries.Add(new Report.QueryRow(years, events, clocks, pack, stale, recorded, measures));
            Say($"  KPI pack p50 {pack.P50:N0} ms kept, {stale.P50:N0} ms stale, as recorded {recorded.P50:N0} ms, a month of measures {measures.P50:N0} ms");
        }
    }

    private static void Say(string text) => Console.WriteLine($"{DateTime.Now:HH:mm:ss} {text}");
}
