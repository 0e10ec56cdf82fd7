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

    /// <summary>A placement type the SSDA903 no longer takes from a date, and what replaced it.</summary>
    public sealed record Withdrawal(DateOnly From, string Instead);

    /// <summary>
    /// Placement types the 2025-26 SSDA903 withdrew (its validation rule 146 refuses them): supported
    /// accommodation is K3, independent living no longer has a code of its own, and Z1 became Z11 to Z14.
    /// Kept in the code list for placements that began before, which a migration brings and which stay correct.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, Withdrawal> Withdrawn = new Dictionary<string, Withdrawal>
    {
        ["H5"] = new(new DateOnly(2025, 4, 1), "K3 (supported accommodation)"),
        ["P2"] = new(new DateOnly(2025, 4, 1), "K3, or another type that describes the placement"),
        ["Z1"] = new(new DateOnly(2025, 4, 1), "one of Z11 to Z14"),
    };

    /// <summary>The withdrawal that stops <paramref name="placementType"/> for a placement starting on <paramref name="startedOn"/>, if any.</summary>
    public static Withdrawal? WithdrawnFor(string? placementType, DateOnly startedOn) =>
        placementType is not null && Withdrawn.TryGetValue(placementType, out var w) && startedOn >= w.From ? w : null;

    /// <summary>The first placement of a period of care, or a move to a different carer.</summary>
    public static bool IsNewCarer(string? reasonForChange) => reasonForChange != StatusOnlyChange;
}
