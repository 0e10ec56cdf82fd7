using System.Globalization;
using Journey.Api.Hosting;

namespace Journey.Api.Kpis;

/// <summary>The pack as CSV: one row per KPI and month, with the column names of journey.kpi_pack.</summary>
public static class KpiPackCsv
{
    public const string Header = "kpi_id,number,title,frequency,service_area,better,unit,team,month,numerator,denominator,value," +
                                 "change_from_last_month,previous_three_month_average,families,families_met,family_value," +
                                 "statistical_neighbours,england,west_midlands,direction_vs_statistical_neighbours,direction_vs_england,rag";

    public static IResult Result(IEnumerable<KpiPackRow> rows) => CsvText.Result(Header, rows, r =>
    {
        var f = r.Figures;
        return
        [
            r.KpiId, r.Number, r.Title, r.Frequency, r.ServiceArea, r.Better, r.Unit, r.Team ?? "", f.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            CsvText.Number(f.Numerator), CsvText.Number(f.Denominator), CsvText.Number(f.Value), CsvText.Number(f.ChangeFromLastMonth), CsvText.Number(f.PreviousThreeMonthAverage),
            CsvText.Number(f.Families), CsvText.Number(f.FamiliesMet), CsvText.Number(f.FamilyValue), CsvText.Number(f.StatisticalNeighbours), CsvText.Number(f.England),
            CsvText.Number(f.WestMidlands), f.DirectionVsStatisticalNeighbours ?? "", f.DirectionVsEngland ?? "", f.Rag ?? ""
        ];
    });
}
