using Journey.Domain.FrontDoor;

namespace Journey.Api.Returns.AnnexA;

/// <summary>
/// List 1, contacts. Annex A: "All contacts received in the six months before the date of inspection. Where a contact
/// refers to multiple children, include an entry for each child in the contact." A row for each contact received
/// (its UK day) in the lists' period, with its CIN census source.
/// </summary>
public sealed class ContactsList : IAnnexAList
{
    public int Number => 1;
    public string Name => "contacts";

    public IReadOnlyList<AnnexAColumn> Columns { get; } = AnnexAColumns.ChildThen(AnnexAColumn.Date("Date of Contact"), new("Contact Source"));

    public IEnumerable<AnnexARow> Rows(AnnexAChild child, AnnexAMissing missing) =>
        child.All<ContactReceived>()
            .Where(c => child.Period.InLists(AnnexAChild.Day(c.OccurredAt)))
            .Select(c => new AnnexARow(child.Id, [.. child.Common(missing), AnnexAChild.Day(c.OccurredAt), AnnexACodes.Source(c.Source)]));
}
