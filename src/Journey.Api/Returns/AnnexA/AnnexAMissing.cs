namespace Journey.Api.Returns.AnnexA;

/// <summary>
/// What Annex A needs and a child's journey does not hold, each item once (a child on several rows of a list lacks it
/// once): the child's own columns, on every list, under the workbook's name; a list's columns under its CSV's name.
/// </summary>
public sealed class AnnexAMissing
{
    private readonly HashSet<MissingItem> _items = [];
    private readonly List<MissingItem> _inOrder = [];

    public IReadOnlyList<MissingItem> Items => _inOrder;

    /// <summary>A column of every list (gender, ethnicity, date of birth, disability).</summary>
    public void OfChild(AnnexAChild child, string heading, string reason) => Add(new MissingItem(child.Id, AnnexAReturn.WorkbookName, heading, reason));

    /// <summary>A column of one list.</summary>
    public void Of(AnnexAChild child, IAnnexAList list, string heading, string reason) => Add(new MissingItem(child.Id, list.FileName(), heading, reason));

    private void Add(MissingItem item)
    {
        if (_items.Add(item)) _inOrder.Add(item);
    }
}
