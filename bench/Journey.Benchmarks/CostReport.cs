using System.Text;

namespace Journey.Benchmarks;

/// <summary>The report's "What each cost": CPU seconds per process, statements and rows written, per measurement.</summary>
public static class CostReport
{
    // The measurements whose statements and rows are shown one by one (the last run of each): the write paths.
    private static readonly string[] Detailed =
        ["bulk load, 1 authority-year", "ceiling: binary COPY of every row the load wrote", "projection rebuild, 1 authority-year", "API, 32 clients"];

    public static void Write(StringBuilder md, Report report)
    {
        if (report.Costs.Count == 0) return;
        md.AppendLine("## What each cost").AppendLine();
        md.AppendLine("CPU seconds (user + system, /proc/PID/stat read before and after) of the benchmark process (the loader for the loads,");
        md.AppendLine("the ceiling, the rebuild and the queries; the HTTP load generator for the API), the service (API only) and PostgreSQL");
        md.AppendLine("(every process of the cluster: its backends, those that ended during the measurement included, and its workers).");
        md.AppendLine("Statements: top-level statements the server ran in the benchmark's database (pg_stat_statements, counted before and");
        md.AppendLine($"after; {report.StatementsMissing ?? "available"}). Rows written: inserts, updates and deletes per table (pg_stat_user_tables,");
        md.AppendLine("read once the server has gathered the backends' counts). Each figure is the median of the runs (lowest–highest).").AppendLine();
        md.AppendLine("| measurement | runs | events | benchmark CPU s | service CPU s | PostgreSQL CPU s | CPU ms per event | statements | statements per event |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var g in report.Costs.GroupBy(c => c.Measurement))
        {
            var runs = g.ToList();
            string S(Func<Report.CostEntry, double?> f, string format = "N1") =>
                runs.All(r => f(r) is not null) ? Spread.Of(runs.Select(r => f(r)!.Value)).Text(format) : "";
            var events = runs[^1].Events;
            md.AppendLine($"| {g.Key} | {runs.Count} | {(events is { } e ? e.ToString("N0") : "")} | {S(r => r.Cost.BenchCpu)} | {S(r => r.Cost.ServiceCpu)} | " +
                $"{S(r => r.Cost.PostgresCpu)} | {(events > 0 ? S(r => r.Cost.TotalCpu * 1000 / r.Events, "N2") : "")} | " +
                $"{S(r => r.Cost.Statements?.Calls, "N0")} | {(events > 0 ? S(r => (double?)r.Cost.Statements?.Calls / r.Events, "N2") : "")} |");
        }
        md.AppendLine();
        TopStatements(md, report);
        RowsWritten(md, report);
    }

    private static void TopStatements(StringBuilder md, Report report)
    {
        var detailed = Detailed.Select(d => report.Costs.LastOrDefault(c => c.Measurement == d)).OfType<Report.CostEntry>()
            .Where(c => c.Cost.Statements is not null).ToList();
        if (detailed.Count == 0) return;
        md.AppendLine("### The statements behind them").AppendLine();
        md.AppendLine("The last run's statements that ran most often and those that took longest (server time, the statement's own: a");
        md.AppendLine("function's inner statements are in its call), as pg_stat_statements normalises them ($n for each parameter), literals");
        md.AppendLine("blanked and cut short.").AppendLine();
        foreach (var entry in detailed)
        {
            var s = entry.Cost.Statements!;
            md.AppendLine($"**{entry.Measurement}**: {s.Calls:N0} statements for {entry.Events:N0} events.").AppendLine();
            md.AppendLine("| | statement | calls | per event | total ms | ms a call |").AppendLine("|---|---|---|---|---|---|");
            foreach (var (rank, t) in s.ByCalls.Select(t => ("most often", t)).Concat(s.ByTime.Except(s.ByCalls).Select(t => ("longest", t))))
                md.AppendLine($"| {rank} | `{t.Query.Replace("|", "\\|", StringComparison.Ordinal)}` | {t.Calls:N0} | {(double)t.Calls / entry.Events!.Value:N2} | " +
                    $"{t.Milliseconds:N0} | {t.Milliseconds / t.Calls:N3} |");
            md.AppendLine();
        }
    }

    private static void RowsWritten(StringBuilder md, Report report)
    {
        var measured = report.Costs.Where(c => c.Cost.Rows.Count > 0).GroupBy(c => c.Measurement).Select(g => g.Last()).ToList();
        if (measured.Count == 0) return;
        md.AppendLine("### Rows written per table").AppendLine();
        md.AppendLine("The last run of each write measurement: rows inserted / updated / deleted (an upsert counts as one or the other).");
        md.AppendLine("The ceiling's rows are in The ceiling, table by table: its copies are dropped before the server's counts are read.").AppendLine();
        md.AppendLine($"| table | {string.Join(" | ", measured.Select(m => m.Measurement))} |");
        md.AppendLine($"|---|{string.Concat(measured.Select(_ => "---|"))}");
        var tables = measured.SelectMany(m => m.Cost.Rows).GroupBy(r => r.Table).OrderByDescending(g => g.Max(r => r.Total)).Select(g => g.Key);
        foreach (var table in tables)
            md.AppendLine($"| `{table}` | {string.Join(" | ", measured.Select(m => m.Cost.Rows.FirstOrDefault(r => r.Table == table) is { } r
                ? $"{r.Inserted:N0} / {r.Updated:N0} / {r.Deleted:N0}" : ""))} |");
        md.AppendLine($"| rows per event | {string.Join(" | ", measured.Select(m => m.Events > 0 ? $"{(double)m.Cost.Rows.Sum(r => r.Total) / m.Events:N2}" : ""))} |");
        md.AppendLine();
    }
}
