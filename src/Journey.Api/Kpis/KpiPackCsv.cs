using System.Globalization;
using System.Text;

namespace Journey.Api.Kpis;

/// <summary>The pack as CSV: one row per KPI and month, with the column names of journey.kpi_pack.</summary>
public static class KpiPackCsv
{
    public const string Header = "kpi_id,number,title,frequency,service_area,better,unit,team,month,numerator,denominator,value," +
                                 "change_from_last_month,previous_three_month_average,families,families_met,family_value," +
                                 "statistical_neighbours,england,west_midlands,direction_vs_statistical_neighbours,direction_vs_england,rag";

    public static string Write(IEnumerable<KpiPackRow> rows)
    {
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var r in rows)
        {
            var f = r.Figures;
            string?[] fields =
            [
                r.KpiId, r.Number, r.Title, r.Frequency, r.ServiceArea, r.Better, r.Unit, r.Team, f.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                Number(f.Numerator), Number(f.Denominator), Number(f.Value), Number(f.ChangeFromLastMonth), Number(f.PreviousThreeMonthAverage),
                Number(f.Families), Number(f.FamiliesMet), Number(f.FamilyValue), Number(f.StatisticalNeighbours), Number(f.England),
                Number(f.WestMidlands), f.DirectionVsStatisticalNeighbours, f.DirectionVsEngland, f.Rag
            ];
            csv.AppendJoin(',', fields.Select(f => Escape(f ?? ""))).Append("\r\n");
        }
        return csv.ToString();
    }

    private static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Escape(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{field.Replace("\"", "\"\"")}\"" : field;
}
