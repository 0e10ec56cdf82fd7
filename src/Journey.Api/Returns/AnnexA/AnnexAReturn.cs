using System.Text;
using Journey.Domain.Journeys;

namespace Journey.Api.Returns.AnnexA;

/// <summary>
/// Ofsted's Annex A (decisions 92 to 94): the children's social care lists an authority gives inspectors on the first
/// day of an inspection under the ILACS framework ("Inspecting local authority children's services"), as one workbook
/// of eleven sheets and each list as CSV. Its period is the periods before <c>periodEnd</c> (the day the lists stand
/// at), or any period asked for (<c>from</c>, <c>to</c>), or, given only a collection year, the periods before its
/// 31 March. Each child's journey is read once; every list takes its rows from it.
/// </summary>
public sealed class AnnexAReturn : IStatutoryReturn
{
    public const string WorkbookName = "annex-a.xlsx";

    public string Name => "annex-a";
    public string Title => "Ofsted Annex A";
    public bool TakesPeriod => true;

    public IReadOnlyList<string> FileNames { get; } = [WorkbookName, .. AnnexALists.All.Select(l => l.FileName())];

    /// <summary>Annex A's template has no year of its own; whatever period is asked for, it can be built.</summary>
    public IEnumerable<RuleViolation> Refuse(ReturnParameters parameters) => [];

    public async Task<ReturnBuild> Build(ReturnParameters parameters, IAsyncEnumerable<ChildJourney> journeys, CancellationToken cancellation)
    {
        var period = AnnexAPeriod.Of(parameters);
        var rows = AnnexALists.All.ToDictionary(l => l.Number, _ => new List<AnnexARow>());
        var missing = new AnnexAMissing();
        await foreach (var journey in journeys.WithCancellation(cancellation))
        {
            var child = new AnnexAChild(journey, period);
            foreach (var list in AnnexALists.All) rows[list.Number].AddRange(list.Rows(child, missing));
        }

        var lists = AnnexALists.All.Select(l => (List: l, Rows: (IReadOnlyList<AnnexARow>)rows[l.Number])).ToArray();
        var files = new List<ReturnFile>
        {
            new(WorkbookName, AnnexAWorkbook.ContentType, AnnexAWorkbook.Write(lists), Children(lists.SelectMany(l => l.Rows))),
        };
        files.AddRange(lists.Select(l => new ReturnFile(l.List.FileName(), "text/csv", Encoding.UTF8.GetBytes(AnnexACsv.Write(l.List, l.Rows)), Children(l.Rows))));
        return ReturnBuild.Of(files, missing.Items);
    }

    private static string[] Children(IEnumerable<AnnexARow> rows) => rows.Select(r => r.ChildId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
}
