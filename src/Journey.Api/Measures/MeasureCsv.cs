using System.Globalization;
using System.Text;

namespace Journey.Api.Measures;

/// <summary>Measure rows as CSV with the column names of the SQL view journey.measures, then the team and worker holding the case.</summary>
public static class MeasureCsv
{
    public const string Header = "child_id,measure,episode,unit,target,rule_id,start_at,start_date,due_date,due_at,actual_at,actual_date,elapsed,status,team,worker";

    public static string Write(IEnumerable<MeasureRow> rows)
    {
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var r in rows)
        {
            string[] fields =
            [
                r.ChildId, r.Measure, Invariant(r.Episode), r.Unit, Invariant(r.Target), r.RuleId,
                Instant(r.StartAt), Date(r.StartDate), Date(r.DueDate), Instant(r.DueAt), Instant(r.ActualAt),
                Date(r.ActualDate), r.Elapsed?.ToString(CultureInfo.InvariantCulture) ?? "", r.Status, r.Team ?? "", r.Worker ?? ""
            ];
            csv.AppendJoin(',', fields.Select(Escape)).Append("\r\n");
        }
        return csv.ToString();
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
    private static string Instant(DateTimeOffset? instant) => instant?.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) ?? "";

    private static string Escape(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{field.Replace("\"", "\"\"")}\"" : field;
}
