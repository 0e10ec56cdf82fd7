using System.Text;
using Journey.Projections.Rebuild;

namespace Journey.Benchmarks;

/// <summary>docs/benchmarks.md: the machine, a summary against the targets, then a table per measurement.</summary>
public sealed class Report(BenchOptions options)
{
    public sealed record LoadRow(int YearsBefore, int YearsAfter, long FileLines, double FileMiB, Workloads.Load Load);
    public sealed record QueryRow(int Years, long Events, long Clocks, (double P50, double Max, double PeakMiB, int Rows) Pack,
        (double P50, double Max, double PeakMiB, int Rows) PackAsRecorded, (double P50, double Max, double PeakMiB, int Rows) Measures);

    public Machine? Machine { get; set; }
    /// <summary>Other work's share of the cores during the run (<see cref="OtherWork"/>).</summary>
    public double? OtherWorkShare { get; set; }
    public List<LoadRow> Loads { get; } = [];
    public (long Rows, double Seconds, double PeakMiB)? Copy { get; set; }
    public (RebuildReport Report, double Seconds, double PeakMiB)? Rebuild { get; set; }
    public List<ApiLoad.Level> Api { get; } = [];
    public List<QueryRow> Queries { get; } = [];
    public Workloads.Load? LineByLine { get; set; }

    private double CopyRate => Copy is { } c ? c.Rows / c.Seconds : double.NaN;
    private static string N(double v) => v.ToString("N0");
    private static string Mib(double? v) => v is { } m ? $"{m:N0} MiB" : "n/a";
    private string Ratio(double rate) => $"{rate / CopyRate:0.00}";

    public string Markdown()
    {
        var md = new StringBuilder();
        var m = Machine!;
        md.AppendLine("# Benchmarks").AppendLine();
        md.AppendLine($"Written by `ops/bench.sh{(options.Quick ? " --quick" : "")}` (bench/Journey.Benchmarks); do not edit by hand. Every rate is also given as a");
        md.AppendLine("ratio to the raw PostgreSQL COPY rate of the same event rows measured in the same run (the machine's ceiling for");
        md.AppendLine("writing them). Peak memory is the peak resident set (VmHWM) of the process doing the work during that measurement alone");
        md.AppendLine("(the benchmark process for loads, rebuild and queries; the service process for the API). PostgreSQL's own memory is not counted.").AppendLine();
        md.AppendLine("## Machine").AppendLine();
        md.AppendLine("| | |").AppendLine("|---|---|");
        md.AppendLine($"| CPU | {m.Cpu} |").AppendLine($"| cores | {m.Cores} |").AppendLine($"| memory | {m.Memory} |");
        md.AppendLine($"| PostgreSQL | {m.PostgreSql} |").AppendLine($"| .NET | {m.DotNet} |").AppendLine($"| OS | {m.Os} |");
        md.AppendLine($"| date | {m.When:yyyy-MM-dd HH:mm} UTC |");
        md.AppendLine($"| other work on the machine during the run | {(OtherWorkShare is { } share ? $"{share:P0} of the cores' time" : "not measured")} " +
            "(CPU time of processes other than the benchmark, the service it starts and PostgreSQL; near 0% on a quiet machine) |");
        md.AppendLine($"| run | {(options.Quick ? "quick" : "full")}: an authority-year is {options.ChildrenPerYear:N0} children first contacted in the year (src/Journey.Synthetic); " +
            $"API {options.ApiSeconds} s per level; bulk load with {options.Workers} writers |");
        md.AppendLine();

        Summary(md);
        Loading(md);
        ApiTable(md);
        RebuildTable(md);
        QueryTable(md);
        var notes = Path.Combine(options.Repository, "bench/Journey.Benchmarks/notes.md");
        if (File.Exists(notes)) md.AppendLine(File.ReadAllText(notes));
        return md.ToString();
    }

    private void Summary(StringBuilder md)
    {
        md.AppendLine("## Against the targets (2-core machine)").AppendLine();
        md.AppendLine("| measure | figure | ratio to COPY | target | verdict | peak memory |").AppendLine("|---|---|---|---|---|---|");
        var first = Loads[0].Load;
        var bulkTarget = new Target("≥ 0.5 × COPY", 0.5, true, OnRatio: true);
        md.AppendLine($"| bulk load, 1 authority-year into an empty store | {N(first.EventsPerSecond)} events/s | {Ratio(first.EventsPerSecond)} | " +
            $"{bulkTarget.Text} | {bulkTarget.Verdict(first.EventsPerSecond / CopyRate)} | {Mib(first.PeakMiB)} |");
        if (Api.FirstOrDefault(a => a.Clients == 32) is { } api)
        {
            var t = new Target("≥ 2,000 events/s", 2000, true);
            md.AppendLine($"| API, 32 clients | {N(api.EventsPerSecond)} events/s (p50 {api.P50:N1} ms, p99 {api.P99:N1} ms) | {Ratio(api.EventsPerSecond)} | " +
                $"{t.Text} | {t.Verdict(api.EventsPerSecond)} | {Mib(api.ServicePeakMiB)} (service) |");
        }
        if (Rebuild is { } r)
        {
            var rate = r.Report.Events / r.Seconds;
            var t = new Target("≥ 20,000 events/s", 20000, true);
            md.AppendLine($"| projection rebuild, 1 authority-year | {N(rate)} events/s | {Ratio(rate)} | {t.Text} | {t.Verdict(rate)} | {Mib(r.PeakMiB)} |");
        }
        if ((Queries.FirstOrDefault(q => q.Years == 10) ?? Queries.LastOrDefault()) is { } q)
        {
            var t = new Target("< 200 ms at 10 authority-years", 200, false);
            md.AppendLine($"| one-month KPI pack, authority, at {q.Years} authority-years | {q.Pack.P50:N0} ms (p50) | | {t.Text} | {t.Verdict(q.Pack.P50)} | {Mib(q.Pack.PeakMiB)} |");
        }
        if (Loads.Count > 1)
        {
            // Judged on what each load needed above what the process already held when it started (the
            // loads run one after another in this process, after queries and the API run, so each starts
            // from more warmed caches than the one before); the peaks and what each left held are shown too.
            var small = Loads[0];
            var large = Loads.MaxBy(l => l.FileMiB)!;
            var growth = large.Load.WorkingMiB / small.Load.WorkingMiB - 1;
            var t = new Target("flat in the import's size (within 25%)", 0.25, false);
            md.AppendLine($"| bulk load memory, {small.FileMiB:N0} MiB file vs {large.FileMiB:N0} MiB file | " +
                $"needed above its start {Mib(small.Load.WorkingMiB)} vs {Mib(large.Load.WorkingMiB)} ({growth:+0%;-0%}); peak {Mib(small.Load.PeakMiB)} vs {Mib(large.Load.PeakMiB)}; " +
                $"held after {Mib(small.Load.RetainedMiB)} vs {Mib(large.Load.RetainedMiB)} | | {t.Text} | {(growth <= 0.25 ? "met" : $"**missed: grew {growth:0%}**")} | |");
        }
        md.AppendLine();
    }

    private void Loading(StringBuilder md)
    {
        md.AppendLine("## Loading").AppendLine();
        md.AppendLine("Bulk load (`import FILE --bulk`): the import's rules and ledger, a child's lines decided together and stored in shared");
        md.AppendLine("transactions on parallel writers, inline projections included. Raw COPY: the same event rows (Marten's `mt_events`");
        md.AppendLine("after the first load) copied in binary, in one statement, into a table of the same shape and indexes; no rules, no");
        md.AppendLine("projections, no ledger — the ceiling, not a like-for-like path. Each load starts from a settled heap (a full, compacting");
        md.AppendLine("collection that gives free memory back): start is the benchmark process's resident set then, peak its peak resident");
        md.AppendLine("set during the load, needed the peak above the start (what the load itself took), held after its resident set once the");
        md.AppendLine("heap is settled again (what the load left behind).").AppendLine();
        md.AppendLine("| load | store before | file | lines | events | seconds | events/s | lines/s | ratio to COPY | refused | start | peak memory | needed | held after |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        if (Copy is { } c)
            md.AppendLine($"| raw COPY of the first load's event rows | | | | {N(c.Rows)} | {c.Seconds:N1} | {N(CopyRate)} | | 1.00 | | | {Mib(c.PeakMiB)} | | |");
        foreach (var l in Loads)
            md.AppendLine($"| bulk, authority-years {l.YearsBefore + 1}–{l.YearsAfter} | {l.YearsBefore} authority-years | {l.FileMiB:N0} MiB | {N(l.FileLines)} | {N(l.Load.Events)} | " +
                $"{l.Load.Seconds:N1} | {N(l.Load.EventsPerSecond)} | {N(l.Load.LinesPerSecond)} | {Ratio(l.Load.EventsPerSecond)} | {l.Load.Report.Refused} | " +
                $"{Mib(l.Load.StartMiB)} | {Mib(l.Load.PeakMiB)} | {Mib(l.Load.WorkingMiB)} | {Mib(l.Load.RetainedMiB)} |");
        if (LineByLine is { } s)
            md.AppendLine($"| line by line (`import FILE`), {options.SliceChildren} children | {Loads.Last().YearsAfter} authority-years | | {N(s.Lines)} | {N(s.Events)} | " +
                $"{s.Seconds:N1} | {N(s.EventsPerSecond)} | {N(s.LinesPerSecond)} | {Ratio(s.EventsPerSecond)} | {s.Report.Refused} | " +
                $"{Mib(s.StartMiB)} | {Mib(s.PeakMiB)} | {Mib(s.WorkingMiB)} | {Mib(s.RetainedMiB)} |");
        md.AppendLine();
    }

    private void ApiTable(StringBuilder md)
    {
        if (Api.Count == 0) return;
        md.AppendLine("## Recording through the HTTP API").AppendLine();
        md.AppendLine($"Each client records contacts (`POST /api/children/{{id}}/contacts`, one event each, for a new child each time) one");
        md.AppendLine($"after another for {options.ApiSeconds} s, against the service's Release build with 1 authority-year stored; latency is the");
        md.AppendLine("whole request as the client sees it. The clients run on the same machine as the service and the database.").AppendLine();
        md.AppendLine("| clients | events | failed | events/s | p50 | p99 | ratio to COPY | service peak memory |").AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var a in Api)
            md.AppendLine($"| {a.Clients} | {N(a.Events)} | {a.Failures} | {N(a.EventsPerSecond)} | {a.P50:N1} ms | {a.P99:N1} ms | {Ratio(a.EventsPerSecond)} | {Mib(a.ServicePeakMiB)} |");
        md.AppendLine();
    }

    private void RebuildTable(StringBuilder md)
    {
        if (Rebuild is not { } r) return;
        md.AppendLine("## Projection rebuild").AppendLine();
        md.AppendLine($"The `rebuild` command's machinery (src/Journey.Projections/Rebuild) over 1 authority-year: {N(r.Report.Events)} events,");
        md.AppendLine($"every projection's tables emptied, then every projection replayed in one pass (a Marten composite projection, in stages),");
        md.AppendLine($"in {r.Seconds:N1} s: **{N(r.Report.Events / r.Seconds)} events/s** overall, {N(r.Report.EventsPerSecond)} events/s in the pass itself");
        md.AppendLine($"(ratio to COPY {Ratio(r.Report.Events / r.Seconds)}), peak memory {Mib(r.PeakMiB)}.").AppendLine();
    }

    private void QueryTable(StringBuilder md)
    {
        md.AppendLine("## Queries as the store grows").AppendLine();
        md.AppendLine($"The one-month KPI pack for the authority (`/api/kpi-pack?from={Data.KpiMonth:yyyy-MM}&to={Data.KpiMonth:yyyy-MM}`, as occurred and as");
        md.AppendLine("recorded) and a month of measure rows (`/api/measures?from=…&to=…`, the clocks started in the month), called in process");
        md.AppendLine("as the endpoints call them. Up to ten authority-years are one authority's decade: the latest year holds the month,");
        md.AppendLine("earlier ones are older history. Beyond ten they are further authorities' decades (at 100, ten authorities × ten years:");
        md.AppendLine("a region's shared store, or one authority at ten times the volume), since one authority's century would reach back");
        md.AppendLine("before the working-day calendar and the rulebook (2010); the month then holds ten times the children, and the pack");
        md.AppendLine("counts them all. Median and worst of the repeats after a warm-up.").AppendLine();
        md.AppendLine("| authority-years | events | measure clocks | KPI pack p50 / max | as recorded p50 / max | month of measures p50 / max (rows) | peak memory |");
        md.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var q in Queries)
            md.AppendLine($"| {q.Years} | {N(q.Events)} | {N(q.Clocks)} | {q.Pack.P50:N0} / {q.Pack.Max:N0} ms | {q.PackAsRecorded.P50:N0} / {q.PackAsRecorded.Max:N0} ms | " +
                $"{q.Measures.P50:N0} / {q.Measures.Max:N0} ms ({N(q.Measures.Rows)}) | {Mib(new[] { q.Pack.PeakMiB, q.PackAsRecorded.PeakMiB, q.Measures.PeakMiB }.Max())} |");
        md.AppendLine();
    }
}
