using System.Text;

namespace Journey.Benchmarks;

/// <summary>The summary against the issue's targets, with where each measurement's time went.</summary>
public sealed partial class Report
{
    // Today's pack, before any month is kept: the full run of 2026-11-23 (docs/benchmarks.md then). A stale month is
    // computed as every month is today, so it must stay no slower than these.
    private static readonly Dictionary<int, double> PackToday = new() { [10] = 913, [100] = 9210 };

    private void Summary(StringBuilder md)
    {
        md.AppendLine("## Against the targets (2-core machine)").AppendLine();
        md.AppendLine("Where the time went: CPU milliseconds per event of each process and statements per event (see What each cost).").AppendLine();
        md.AppendLine("| measure | figure | ratio to ceiling | target | verdict | where the time went | peak memory |").AppendLine("|---|---|---|---|---|---|---|");
        var first = Loads[0];
        var rate = first.Rate.Median;
        md.AppendLine($"| bulk load, 1 authority-year into an empty store | {first.Rate.Text()} events/s | {Ratio(first.Rate)} | ≥ 25,000 events/s and ≥ 0.5 × ceiling | " +
            $"{Both(new Target("", 25000, true).Verdict(rate), Ceilings.Count == 0 ? "no ceiling" : new Target("", 0.5, true).Verdict(rate / CeilingRate.Median))} | " +
            $"{Profile(Loads[0].YearsAfter == 1 ? "bulk load, 1 authority-year" : "")} | {Mib(first.Last.PeakMiB)} |");
        if (Ceilings.Count > 0)
            md.AppendLine($"| ceiling: binary COPY of every row the load wrote | {CeilingRate.Text()} events/s | 1.00 | | | " +
                $"{Profile("ceiling: binary COPY of every row the load wrote")} | {Mib(Ceilings.Max(c => c.PeakMiB))} |");
        if (Api.Where(a => a.Clients == 32).ToList() is { Count: > 0 } api)
        {
            var apiRate = Spread.Of(api.Select(a => a.EventsPerSecond));
            var p99 = Spread.Of(api.Select(a => a.P99));
            md.AppendLine($"| API, 32 clients | {apiRate.Text()} events/s (p99 {p99.Text("N1")} ms) | {Ratio(apiRate)} | ≥ 2,000 events/s with p99 < 50 ms | " +
                $"{Both(new Target("", 2000, true).Verdict(apiRate.Median), new Target("", 50, false).Verdict(p99.Median))} | {Profile("API, 32 clients")} | " +
                $"{Mib(api.Max(a => a.ServicePeakMiB))} (service) |");
        }
        if (Rebuilds.Count > 0)
        {
            var rebuild = Spread.Of(Rebuilds.Select(r => r.Report.Events / r.Seconds));
            md.AppendLine($"| projection rebuild, 1 authority-year | {rebuild.Text()} events/s | {Ratio(rebuild)} | ≥ 25,000 events/s (moonshot 50,000) | " +
                $"{Both(new Target("", 25000, true).Verdict(rebuild.Median), "moonshot " + new Target("", 50000, true).Verdict(rebuild.Median))} | " +
                $"{Profile("projection rebuild, 1 authority-year")} | {Mib(Rebuilds.Max(r => r.PeakMiB))} |");
        }
        var sizes = Queries.Select(q => q.Years).Distinct().Where(y => y is 10 or 100).ToList();
        if (sizes.Count == 0 && Queries.Count > 0) sizes.Add(Queries.Max(q => q.Years));
        foreach (var years in sizes)
        {
            var rows = Queries.Where(q => q.Years == years).ToList();
            var kept = Spread.Of(rows.Select(q => q.Pack.P50));
            var stale = Spread.Of(rows.Select(q => q.StalePack.P50));
            md.AppendLine($"| closed month's KPI pack at {years} authority-years (read kept) | {kept.Text()} ms | | < 50 ms | " +
                $"{new Target("", 50, false).Verdict(kept.Median)} | | {Mib(rows.Max(q => q.Pack.PeakMiB))} |");
            var today = options.Quick || !PackToday.TryGetValue(years, out var ms) ? "not comparable (today's figure is a full run's at 10 or 100)"
                : new Target("", ms, false).Verdict(stale.Median);
            md.AppendLine($"| stale month's KPI pack at {years} authority-years (marked before each call) | {stale.Text()} ms | | no slower than today " +
                $"({(PackToday.TryGetValue(years, out var t) ? $"{t:N0} ms" : "none measured")}) | {today} | | {Mib(rows.Max(q => q.StalePack.PeakMiB))} |");
        }
        if (Loads.Count > 1)
        {
            // Judged on what each load needed above what the process already held when it started (the
            // loads run one after another in this process, after queries and the API run, so each starts
            // from more warmed caches than the one before); the peaks and what each left held are shown too.
            var small = Loads[0].Last;
            var largeRow = Loads.MaxBy(l => l.FileMiB)!;
            var large = largeRow.Last;
            var growth = large.WorkingMiB / small.WorkingMiB - 1;
            md.AppendLine($"| bulk load memory, {Loads[0].FileMiB:N0} MiB file vs {largeRow.FileMiB:N0} MiB file | " +
                $"needed above its start {Mib(small.WorkingMiB)} vs {Mib(large.WorkingMiB)} ({growth:+0%;-0%}); peak {Mib(small.PeakMiB)} vs {Mib(large.PeakMiB)}; " +
                $"held after {Mib(small.RetainedMiB)} vs {Mib(large.RetainedMiB)} | | flat in the import's size (within 25%) | " +
                $"{(growth <= 0.25 ? "met" : $"**missed: grew {growth:0%}**")} | | |");
        }
        md.AppendLine();
    }

    private static string Both(string first, string second) => $"{first}; {second}";

    /// <summary>CPU ms per event of each process and statements per event, the median of the measurement's runs.</summary>
    private string Profile(string measurement)
    {
        var costs = Costs.Where(c => c.Measurement == measurement && c.Events > 0).ToList();
        if (costs.Count == 0) return "";
        double PerEvent(Func<Cost, double?> f) => Spread.Of(costs.Select(c => (f(c.Cost) ?? 0) * 1000 / c.Events!.Value)).Median;
        var parts = new List<string> { $"benchmark {PerEvent(c => c.BenchCpu):0.00}" };
        if (costs.Any(c => c.Cost.ServiceCpu is not null)) parts.Add($"service {PerEvent(c => c.ServiceCpu):0.00}");
        if (costs.Any(c => c.Cost.PostgresCpu is not null)) parts.Add($"PostgreSQL {PerEvent(c => c.PostgresCpu):0.00}");
        var statements = costs.All(c => c.Cost.Statements is not null)
            ? $"; {Spread.Of(costs.Select(c => (double)c.Cost.Statements!.Calls / c.Events!.Value)).Median:0.0} statements/event" : "";
        return $"CPU ms/event: {string.Join(", ", parts)}{statements}";
    }
}
