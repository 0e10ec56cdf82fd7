namespace Journey.Domain.LookedAfter;

/// <summary>What the measures read from a placement's SSDA903 codes.</summary>
public static class PlacementKinds
{
    /// <summary>
    /// Placements intended to last until the child is 18, which the Care Planning Regulations 2010
    /// reg 28 let be visited every 3 months after their first year: long-term fostering, with a
    /// relative or friend (U1) or another foster carer (U4). Placements for adoption (A3-A6) are
    /// visited under the Adoption Agencies Regulations instead and count as not long-term here.
    /// </summary>
    public static readonly IReadOnlyList<string> LongTerm = ["U1", "U4"];

    /// <summary>
    /// A change in the status of the placement only (SSDA903 reason PLACE): a new placement record
    /// with the same carer, so it neither counts as a move nor breaks time with the same carer.
    /// </summary>
    public const string StatusOnlyChange = "PLACE";

    public static bool IsLongTerm(string placementType) => LongTerm.Contains(placementType);

    /// <summary>The first placement of a period of care, or a move to a different carer.</summary>
    public static bool IsNewCarer(string? reasonForChange) => reasonForChange != StatusOnlyChange;
}
