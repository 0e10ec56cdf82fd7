using System.Text;
using Journey.Api.Hosting;

namespace Journey.Api.Returns.Ssda903;

/// <summary>One file of the SSDA903 return: its usual name and its header row.</summary>
public sealed record Ssda903File(string Name, string Columns)
{
    public int ColumnCount => Columns.Split(',').Length;
}

/// <summary>
/// The eleven files of the SSDA903 return for 2024/25 and 2025/26, each with exactly the columns the DfE's CSV format
/// and the validators recognise ("Tables are recognised by their exact set of header columns": the validator's
/// config.py column_names; a file with a column more or less is refused), in their order. Every file is returned, with
/// its header row even when no child has a row in it: a table not supplied makes the rules that need it skip.
/// </summary>
public static class Ssda903Files
{
    public static readonly Ssda903File Header = new("header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB");
    public static readonly Ssda903File Episodes = new("episodes.csv",
        "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN");
    public static readonly Ssda903File Reviews = new("reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE");
    public static readonly Ssda903File Uasc = new("uasc.csv", "CHILD,SEX,DOB,DUC");
    public static readonly Ssda903File Oc2 = new("oc2.csv",
        "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED");
    public static readonly Ssda903File Oc3 = new("oc3.csv", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM");
    public static readonly Ssda903File Ad1 = new("ad1.csv", "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR");
    public static readonly Ssda903File PlacedForAdoption = new("placed_for_adoption.csv", "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED");
    public static readonly Ssda903File PreviousPermanence = new("previous_permanence.csv", "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM");
    public static readonly Ssda903File Missing = new("missing.csv", "CHILD,DOB,MISSING,MIS_START,MIS_END");
    public static readonly Ssda903File SocialWorkerEpisodes = new("sw_episodes.csv", "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON");

    public static readonly IReadOnlyList<Ssda903File> All =
        [Header, Episodes, Reviews, Uasc, Oc2, Oc3, Ad1, PlacedForAdoption, PreviousPermanence, Missing, SocialWorkerEpisodes];

    /// <summary>"Dates are DD/MM/YYYY" (the SSDA903 CSV format; the validators read them with %d/%m/%Y).</summary>
    public static CsvCell Date(DateOnly? date) => CsvText.Date(date, "dd/MM/yyyy");
}

/// <summary>
/// The files as they are built: each file's rows in the order children are read, and the children each file holds
/// (the access log names them when the file is read). Codes and ids are written as text through the one CSV writer
/// (decision 71); none can begin with a character a spreadsheet reads as a formula (decision 88), so none is changed.
/// </summary>
public sealed class Ssda903Tables
{
    private readonly Dictionary<Ssda903File, (List<CsvCell[]> Rows, List<string> Children)> _tables =
        Ssda903Files.All.ToDictionary(f => f, _ => (new List<CsvCell[]>(), new List<string>()));

    public void Add(Ssda903File file, string child, params CsvCell[] cells)
    {
        if (cells.Length != file.ColumnCount - 1)
            throw new ArgumentException($"{file.Name} has {file.ColumnCount} columns; a row gave {cells.Length + 1}.", nameof(cells));
        var (rows, children) = _tables[file];
        rows.Add([child, .. cells]);
        if (children.Count == 0 || children[^1] != child) children.Add(child);
    }

    public IReadOnlyList<ReturnFile> Files() => Ssda903Files.All.Select(file =>
    {
        var (rows, children) = _tables[file];
        var csv = CsvText.Write(file.Columns, rows, row => row);
        return new ReturnFile(file.Name, CsvText.ContentType, Encoding.UTF8.GetBytes(csv), children.Distinct(StringComparer.Ordinal).ToArray());
    }).ToArray();
}

/// <summary>What the journeys lack for the return, one item per child, file and column however many rows lack it.</summary>
public sealed class Ssda903Gaps
{
    private readonly List<MissingItem> _items = [];
    private readonly HashSet<(string, string, string)> _seen = [];

    public IReadOnlyList<MissingItem> Items => _items;

    public void Add(string child, Ssda903File file, string item, string reason)
    {
        if (_seen.Add((child, file.Name, item))) _items.Add(new MissingItem(child, file.Name, item, reason));
    }
}
