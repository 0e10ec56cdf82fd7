namespace Journey.Api.Returns.AnnexA;

/// <summary>What a cell of a list holds: text (codes as Ofsted's template writes them), a date, or a whole number.</summary>
public enum AnnexAKind { Text, Date, Integer }

/// <summary>A column of a list: its heading as Ofsted's Annex A template has it, and what its cells hold.</summary>
public sealed record AnnexAColumn(string Heading, AnnexAKind Kind = AnnexAKind.Text)
{
    public static AnnexAColumn Date(string heading) => new(heading, AnnexAKind.Date);
    public static AnnexAColumn Integer(string heading) => new(heading, AnnexAKind.Integer);
}

/// <summary>
/// A row of a list, one cell a column: a string, a <see cref="DateOnly"/>, an int, or null for a blank cell.
/// The child it is about is named apart from the cells, for the access log.
/// </summary>
public sealed record AnnexARow(string ChildId, IReadOnlyList<object?> Cells);

/// <summary>
/// One of Annex A's eleven lists: its number (the sheet <c>List N</c>), a name for its CSV, its columns, and the rows
/// one child's journey gives it (none when the child is not on the list), with what the journey lacks noted.
/// Each list is a pure function of the child's facts and the period (decision 92).
/// </summary>
public interface IAnnexAList
{
    int Number { get; }

    /// <summary>What the list holds, for its file name (<c>list-1-contacts.csv</c>).</summary>
    string Name { get; }

    IReadOnlyList<AnnexAColumn> Columns { get; }

    IEnumerable<AnnexARow> Rows(AnnexAChild child, AnnexAMissing missing);
}

public static class AnnexALists
{
    public static string SheetName(this IAnnexAList list) => $"List {list.Number}";

    public static string FileName(this IAnnexAList list) => $"list-{list.Number}-{list.Name}.csv";

    /// <summary>The eleven lists in Ofsted's order.</summary>
    public static readonly IReadOnlyList<IAnnexAList> All =
    [
        new ContactsList(), new EarlyHelpList(), new ReferralsList(), new AssessmentsList(), new Section47List(), new ChildrenInNeedList(),
        new ChildProtectionList(), new ChildrenInCareList(), new CareLeaversList(), new AdoptionList(), new AdoptersList(),
    ];
}
