using System.Text;
using Journey.Projections.Rebuild;

namespace Journey.Benchmarks;

/// <summary>
/// docs/benchmarks.md: the machine, a summary against the targets, then a table per measurement, each figure the
/// median of its runs with the lowest and highest, and what each measurement cost (<see cref="CostReport"/>).
/// </summary>
public sealed partial class Report(BenchOptions options)
{
    public sealed record LoadRow(int YearsBefore, int YearsAfter, long FileLines, double FileMiB, IReadOnlyList<Workloads.Load> Runs)
    {
        public Spread Rate => Spread.Of(Runs.Select(r => r.EventsPerSecond));
        public Workloads.Load Last => Runs[^1];
    }

    /// <param name="Pack">The KPI month's pack read kept (a closed month).</param>
    /// <param name="StalePack">The same pack with the month marked stale before each call, so each counts it again.</param>
    public sealed record QueryRow(int Years, long Events, long Clocks, (double P50, double Max, double PeakMiB, int Rows) Pack,
        (double P50, double Max, double PeakMiB, int Rows) StalePack, (double P50, double Max, double PeakMiB, int Rows) PackAsRecorded,
        (double P50, double Max, double PeakMiB, int Rows) Measures);

    /// <param name="Events">The events the measurement stored or replayed, for the figures per event; null for the queries.</param>
    public sealed record CostEntry(string Measurement, long? Events, Cost Cost);

    public Machine? Machine { get; set; }
    /// <summary>Other work's share of the cores during the run (<see cref="OtherWork"/>).</summary>
    public double? OtherWorkShare { get; set; }
    public string? StatementsMissing { get; set; }
    public List<LoadRow> Loads { get; } = [];
    public long CeilingEvents { get; set; }
    public IReadOnlyList<(string Table, long Rows, long Bytes)> CeilingTables { get; set; } = [];
    public List<(Ceiling.Run Run, double PeakMiB)> Ceilings { get; } = [];
    /// <summary>Tables the first load wrote that the ceiling does not copy (they held rows before it): none expected.</summary>
    public IReadOnlyList<string> NotInCeiling { get; set; } = [];
    public List<(RebuildReport Report, double Seconds, double PeakMiB)> Rebuilds { get; } = [];
    public List<ApiLoad.Level> Api { get; } = [];
    public List<QueryRow> Queries { get; } = [];
    public Workloads.Load? LineByLine { get; set; }
    public List<CostEntry> Costs { get; } = [];

    private Spread CeilingRate => Spread.Of(Ceilings.Select(c => CeilingEvents / c.Run.Seconds));
    private static string N(double v) => v.ToString("N0");
    private static string Mib(double? v) => v is { } m ? $"{m:N0} MiB" : "n/a";
    private string Ratio(double rate) => Ceilings.Count == 0 ? "" : $"{rate / CeilingRate.Median:0.00}";
    private string Ratio(Spread rate) => Ceilings.Count == 0 ? "" : rate.Runs == 1 ? Ratio(rate.Median)
        : $"{rate.Median / CeilingRate.Median:0.00} ({rate.Min / CeilingRate.Median:0.00}–{rate.Max / CeilingRate.Median:0.00})";

    public string Markdown()
    {
        var md = new StringBuilder();
        var m = Machine!;
        md.AppendLine("# Benchmarks").AppendLine();
        md.AppendLine($"Written by `ops/bench.sh{(options.Quick ? " --quick" : "")}` (bench/Journey.Benchmarks); do not edit by hand. Each figure is the median of");
        md.AppendLine($"{options.Runs} run(s), with the lowest and highest in brackets where there is more than one. Every rate is also given as a ratio to");
        md.AppendLine("the like-for-like ceiling measured in the same run: a binary COPY of every row the first load wrote, in every table it");
        md.AppendLine("wrote, into empty tables of the same shape and indexes, in one transaction. Peak memory is the peak resident set");
        md.AppendLine("(VmHWM) of the process doing the work during that measurement alone (the benchmark process for loads, rebuild and");
        md.AppendLine("queries; the service process for the API). PostgreSQL's own memory is not counted; its CPU time is (see What each cost).");
        md.AppendLine();
        md.AppendLine("## Machine").AppendLine();
        md.AppendLine("| | |").AppendLine("|---|---|");
        md.AppendLine($"| CPU | {m.Cpu} |").AppendLine($"| cores | {m.Cores} |").AppendLine($"| memory | {m.Memory} |");
        md.AppendLine($"| PostgreSQL | {m.PostgreSql} |").AppendLine($"| .NET | {m.DotNet} |").AppendLine($"| OS | {m.Os} |");
        md.AppendLine($"| date | {m.When:yyyy-MM-dd HH:mm} UTC |");
        md.AppendLine($"| other work on the machine during the run | {(OtherWorkShare is { } share ? $"{share:P0} of the cores' time" : "not measured")} " +
            "(CPU time of processes other than the benchmark, the service it starts and PostgreSQL; near 0% on a quiet machine) |");
        md.AppendLine($"| run | {(options.Quick ? "quick" : "full")}: an authority-year is {options.ChildrenPerYear:N0} children first contacted in the year (src/Journey.Synthetic); " +
            $"API {options.ApiSeconds} s per level; bulk load with {options.Workers} writers; {options.Runs} run(s) of each measurement but the larger loads |");
        md.AppendLine();

        Summary(md);
        Loading(md);
        CeilingTable(md);
        ApiTable(md);
        RebuildTable(md);
        QueryTable(md);
        CostReport.Write(md, this);
        var notes = Path.Combine(options.Repository, "bench/Journey.Benchmarks/notes.md");
        if (File.Exists(notes)) md.AppendLine(File.ReadAllText(notes));
        return md.ToString();
    }

    private void Loading(StringBuilder md)
    {
        md.AppendLine("## Loading").AppendLine();
        md.AppendLine("Bulk load (`import FILE --bulk`): the import's rules and ledger, a child's lines decided together and stored in shared");
        md.AppendLine("transactions on parallel writers, inline projections included; then the async projections (the recorded steps) caught up");
        md.AppendLine("by Marten's daemon, timed with the load (catch-up: its share). The first authority-year is loaded once a run, each");
        md.AppendLine("time into an empty store (the tables the run before wrote are emptied); the larger loads grow the store and run once.");
        md.AppendLine("Each load starts from a settled heap (a full, compacting collection that gives free memory back): start is the");
        md.AppendLine("benchmark process's resident set then, peak its peak resident set during the load, needed the peak above the start");
        md.AppendLine("(what the load itself took), held after its resident set once the heap is settled again (what the load left behind);");
        md.AppendLine("memory and seconds are the last run's.").AppendLine();
        md.AppendLine("| load | store before | file | lines | events | seconds | catch-up | events/s | lines/s | ratio to ceiling | refused | start | peak memory | needed | held after |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        if (Ceilings.Count > 0)
        {
            md.AppendLine($"| ceiling: binary COPY of every row the first load wrote ({CeilingTables.Count} tables) | | | | {N(CeilingEvents)} | " +
                $"{Ceilings[^1].Run.Seconds:N1} | | {CeilingRate.Text()} | | 1.00 | | | {Mib(Ceilings[^1].PeakMiB)} | | |");
            var events = Ceilings.Select(c => c.Run.Tables.FirstOrDefault(t => t.Table.EndsWith(".mt_events", StringComparison.Ordinal))).ToList();
            if (events.All(e => e.Seconds > 0))
            {
                var raw = Spread.Of(events.Select(e => e.Rows / e.Seconds));
                md.AppendLine($"| raw COPY of the event rows alone (`mt_events`, inside the ceiling's transaction) | | | | {N(events[^1].Rows)} | " +
                    $"{events[^1].Seconds:N1} | | {raw.Text()} | | {Ratio(raw)} | | | | | |");
            }
        }
        foreach (var l in Loads)
            md.AppendLine($"| bulk, authority-years {l.YearsBefore + 1}–{l.YearsAfter} | {l.YearsBefore} authority-years | {l.FileMiB:N0} MiB | {N(l.FileLines)} | " +
                $"{N(l.Last.Events)} | {l.Last.Seconds:N1} | {l.Last.CatchUpSeconds:N1} | {l.Rate.Text()} | {Spread.Of(l.Runs.Select(r => r.LinesPerSecond)).Text()} | {Ratio(l.Rate)} | " +
                $"{l.Last.Report.Refused} | {Mib(l.Last.StartMiB)} | {Mib(l.Last.PeakMiB)} | {Mib(l.Last.WorkingMiB)} | {Mib(l.Last.RetainedMiB)} |");
        if (LineByLine is { } s)
            md.AppendLine($"| line by line (`import FILE`), {options.SliceChildren} children | {Loads.Last().YearsAfter} authority-years | | {N(s.Lines)} | {N(s.Events)} | " +
                $"{s.Seconds:N1} | {s.CatchUpSeconds:N1} | {N(s.EventsPerSecond)} | {N(s.LinesPerSecond)} | {Ratio(s.EventsPerSecond)} | {s.Report.Refused} | " +
                $"{Mib(s.StartMiB)} | {Mib(s.PeakMiB)} | {Mib(s.WorkingMiB)} | {Mib(s.RetainedMiB)} |");
        md.AppendLine();
    }

    private void CeilingTable(StringBuilder md)
    {
        if (Ceilings.Count == 0) return;
        md.AppendLine("## The ceiling, table by table").AppendLine();
        md.AppendLine("Every table of the store's schema that held no rows before the first load and holds rows after it (found in the");
        md.AppendLine("catalogue, not listed by hand: the events and streams, the hash chain, the import ledger, the recorded steps and");
        md.AppendLine("every projection's tables), its rows as stored copied out in binary once, then copied into empty tables made");
        md.AppendLine("`LIKE … INCLUDING ALL` (columns, defaults, constraints, indexes), all in one transaction, committed. Seconds are");
        md.AppendLine("each table's COPY within it (median of the runs).");
        md.AppendLine(NotInCeiling.Count == 0 ? "" : $"**Written by the load but not copied** (they held rows before it): {string.Join(", ", NotInCeiling)}.");
        md.AppendLine();
        md.AppendLine("| table | rows | MiB (binary) | seconds | rows/s |").AppendLine("|---|---|---|---|---|");
        foreach (var (table, rows, bytes) in CeilingTables)
        {
            var seconds = Spread.Of(Ceilings.Select(c => c.Run.Tables.First(t => t.Table == table).Seconds)).Median;
            md.AppendLine($"| `{table}` | {N(rows)} | {bytes / 1024.0 / 1024.0:N1} | {seconds:N2} | {(seconds > 0 ? N(rows / seconds) : "")} |");
        }
        md.AppendLine($"| all, with the commit | {N(CeilingTables.Sum(t => t.Rows))} | {CeilingTables.Sum(t => t.Bytes) / 1024.0 / 1024.0:N1} | " +
            $"{Spread.Of(Ceilings.Select(c => c.Run.Seconds)).Text("N2")} | |");
        md.AppendLine();
    }

    private void ApiTable(StringBuilder md)
    {
        if (Api.Count == 0) return;
        md.AppendLine("## Recording through the HTTP API").AppendLine();
        md.AppendLine($"Each client records contacts (`POST /api/children/{{id}}/contacts`, one event each, for a new child each time) one");
        md.AppendLine($"after another for {options.ApiSeconds} s, against the service's Release build with 1 authority-year stored; latency is the");
        md.AppendLine("whole request as the client sees it. The clients run on the same machine as the service and the database.").AppendLine();
        md.AppendLine("| clients | events (last run) | failed | events/s | p50 | p99 | ratio to ceiling | service peak memory |").AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var level in Api.GroupBy(a => a.Clients))
        {
            var rate = Spread.Of(level.Select(a => a.EventsPerSecond));
            var last = level.Last();
            md.AppendLine($"| {level.Key} | {N(last.Events)} | {level.Sum(a => a.Failures)} | {rate.Text()} | {Spread.Of(level.Select(a => a.P50)).Text("N1")} ms | " +
                $"{Spread.Of(level.Select(a => a.P99)).Text("N1")} ms | {Ratio(rate)} | {Mib(level.Max(a => a.ServicePeakMiB))} |");
        }
        md.AppendLine();
    }

    private void RebuildTable(StringBuilder md)
    {
        if (Rebuilds.Count == 0) return;
        var rate = Spread.Of(Rebuilds.Select(r => r.Report.Events / r.Seconds));
        var r = Rebuilds[^1];
        md.AppendLine("## Projection rebuild").AppendLine();
        md.AppendLine($"The `rebuild` command's machinery (src/Journey.Projections/Rebuild) over 1 authority-year: {N(r.Report.Events)} events,");
        md.AppendLine($"every projection's tables emptied, then every projection replayed in one pass (a Marten composite projection, in one stage),");
        md.AppendLine($"in {Spread.Of(Rebuilds.Select(x => x.Seconds)).Text("N1")} s: **{rate.Text()} events/s** overall, " +
            $"{Spread.Of(Rebuilds.Select(x => x.Report.EventsPerSecond)).Text()} events/s in the pass itself");
        md.AppendLine($"(ratio to the ceiling {Ratio(rate)}), peak memory {Mib(Rebuilds.Max(x => x.PeakMiB))}.").AppendLine();
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
        md.AppendLine("counts them all. Median and worst of the repeats after a warm-up; with several runs, the median of the runs' medians");
        md.AppendLine("(lowest–highest) and the worst of all. The warm-up keeps the month's counts (decision 142), so the pack's repeats read");
        md.AppendLine("it kept, as a closed month is read; the stale pack has the month marked before each call (one of its measure clocks");
        md.AppendLine("rewritten, as a late step would), so each counts the month again and reads the three before it kept.").AppendLine();
        md.AppendLine("| authority-years | events | measure clocks | KPI pack, kept, p50 / max | stale p50 / max | as recorded p50 / max | month of measures p50 / max (rows) | peak memory |");
        md.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var g in Queries.GroupBy(q => q.Years))
        {
            var q = g.Last();
            md.AppendLine($"| {g.Key} | {N(q.Events)} | {N(q.Clocks)} | {Spread.Of(g.Select(x => x.Pack.P50)).Text()} / {g.Max(x => x.Pack.Max):N0} ms | " +
                $"{Spread.Of(g.Select(x => x.StalePack.P50)).Text()} / {g.Max(x => x.StalePack.Max):N0} ms | " +
                $"{Spread.Of(g.Select(x => x.PackAsRecorded.P50)).Text()} / {g.Max(x => x.PackAsRecorded.Max):N0} ms | " +
                $"{Spread.Of(g.Select(x => x.Measures.P50)).Text()} / {g.Max(x => x.Measures.Max):N0} ms ({N(q.Measures.Rows)}) | " +
                $"{Mib(g.Max(x => new[] { x.Pack.PeakMiB, x.StalePack.PeakMiB, x.PackAsRecorded.PeakMiB, x.Measures.PeakMiB }.Max()))} |");
        }
        md.AppendLine();
    }
}
