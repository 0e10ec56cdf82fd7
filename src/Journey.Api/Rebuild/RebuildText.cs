using System.Globalization;
using System.Text;
using Journey.Projections.Rebuild;

namespace Journey.Api.Rebuild;

/// <summary>A rebuild's progress and report as lines of text, for the command and the service's log.</summary>
public static class RebuildText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Progress(RebuildProgress p)
    {
        var percent = p.Total > 0 ? 100.0 * p.Processed / p.Total : 100;
        var text = string.Format(Invariant, "{0,10:N0} / {1:N0} events {2,4:0}%  {3,8:N0} events/s", p.Processed, p.Total, percent, p.EventsPerSecond);
        return p.Done ? text + string.Format(Invariant, "  done in {0:0.0} s", p.Seconds) : text;
    }

    public static string Summary(RebuildReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Format(Invariant, "Rebuilt {0} projections from {1:N0} events (to sequence {2:N0}) in {3:0.0} s ({4:N0} events/s in one pass; {5:0.0} s in all).",
            report.Projections.Count, report.Events, report.HighWaterMark, report.Seconds, report.EventsPerSecond, (report.FinishedAt - report.StartedAt).TotalSeconds));
        foreach (var p in report.Projections)
            text.AppendLine(string.Format(Invariant, "  {0,-24} {1,-6}  emptied first: {2}", p.Projection, p.Lifecycle,
                p.TablesEmptied.Count == 0 ? "-" : string.Join(", ", p.TablesEmptied)));
        return text.ToString().TrimEnd();
    }
}
