namespace Journey.Api.Returns.AnnexA;

/// <summary>
/// List 11, adopters. Annex A: "All those individuals who in the 12 months before the inspection have had contact with
/// the local authority adoption agency". Journey records children's journeys, not prospective adopters', so the sheet
/// is its headings alone (decision 94); docs/returns.md says so.
/// </summary>
public sealed class AdoptersList : IAnnexAList
{
    public int Number => 11;
    public string Name => "adopters";

    public IReadOnlyList<AnnexAColumn> Columns { get; } =
    [
        new("Individual adopter identifier"), new(AdoptionList.FamilyHeading), new(AnnexAColumns.GenderHeading), new(AnnexAColumns.EthnicityHeading),
        new("Disability"), new("Is the (prospective) adopter fostering for adoption?"), AnnexAColumn.Date("Date enquiry received"),
        AnnexAColumn.Date("Date Stage 1 started"), AnnexAColumn.Date("Date Stage 1 ended"), AnnexAColumn.Date("Date Stage 2 started"),
        AnnexAColumn.Date("Date Stage 2 ended"), AnnexAColumn.Date("Date application submitted"), AnnexAColumn.Date("Date application approved"),
        AnnexAColumn.Date("Date adopter matched with child(ren)"), AnnexAColumn.Date("Date child/children placed with adopter(s)"),
        AnnexAColumn.Integer("No. of children placed"), AnnexAColumn.Date("Date of Adoption Order"), AnnexAColumn.Date("Date of leaving adoption process"),
        new("Reason for leaving adoption process"),
    ];

    public IEnumerable<AnnexARow> Rows(AnnexAChild child, AnnexAMissing missing) => [];
}
