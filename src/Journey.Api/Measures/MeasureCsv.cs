using Journey.Api.Hosting;

namespace Journey.Api.Measures;

/// <summary>Measure rows as CSV with the column names of the SQL view journey.measures (elapsed_unit beside elapsed, decision 106), then the team and worker holding the case.</summary>
public static class MeasureCsv
{
    public const string Header = "child_id,measure,episode,unit,target,rule_id,start_at,start_date,due_date,due_at,actual_at,actual_date,elapsed,elapsed_unit,status,team,worker";

    public static IResult Result(IEnumerable<MeasureRow> rows) => CsvText.Result(Header, rows, r =>
    [
        r.ChildId, r.Measure, CsvText.Number(r.Episode), r.Unit, CsvText.Number(r.Target), r.RuleId,
        CsvText.Instant(r.StartAt), CsvText.Date(r.StartDate), CsvText.Date(r.DueDate), CsvText.Instant(r.DueAt), CsvText.Instant(r.ActualAt),
        CsvText.Date(r.ActualDate), CsvText.Number(r.Elapsed), r.ElapsedUnit, r.Status, r.Team ?? "", r.Worker ?? ""
    ]);
}
