namespace Journey.Api.Returns.AnnexA;

/// <summary>
/// The headings the lists share, as Ofsted's Annex A template writes them (the column names of liia-tools'
/// annex-a-merge.yml, which matches each sheet to a list by them): every child list starts with the child's own five,
/// most carry the disability and the allocated team and worker.
/// </summary>
public static class AnnexAColumns
{
    public const string ChildIdHeading = "Child Unique ID";
    public const string GenderHeading = "Gender";
    public const string EthnicityHeading = "Ethnicity";
    public const string DateOfBirthHeading = "Date of Birth";
    public const string AgeHeading = "Age of Child (Years)";
    public const string DisabilityHeading = "Does the Child have a Disability";
    public const string Unallocated = "Unallocated";

    public static readonly IReadOnlyList<AnnexAColumn> Child =
    [
        new(ChildIdHeading), new(GenderHeading), new(EthnicityHeading), AnnexAColumn.Date(DateOfBirthHeading), AnnexAColumn.Integer(AgeHeading),
    ];

    public static readonly AnnexAColumn Disability = new(DisabilityHeading);

    public static readonly IReadOnlyList<AnnexAColumn> Allocated = [new("Allocated Team"), new("Allocated Worker")];

    /// <summary>The child's five columns, then a list's own.</summary>
    public static IReadOnlyList<AnnexAColumn> ChildThen(params AnnexAColumn[] columns) => [.. Child, .. columns];
}
