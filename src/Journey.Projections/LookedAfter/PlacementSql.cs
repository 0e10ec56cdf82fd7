using Journey.Projections.Reviews;
using Weasel.Postgresql.Functions;

namespace Journey.Projections.LookedAfter;

/// <summary>The SQL functions and view over <see cref="PlacementProjection"/>'s tables.</summary>
internal static class PlacementSql
{
    /// <summary>
    /// Each placement's visits in which the child was seen, chained as at <c>as_at</c> (CPPCR 2010
    /// reg 28): the first due within the rulebook's looked-after-visit-first (1 week) of the
    /// placement's start, each later one within looked-after-visit (6 weeks) of the visit before;
    /// for a long-term placement, a visit made once the child has lived with the same carer for
    /// looked-after-visit-first-year (12 months) leaves the next due within looked-after-visit-long-term
    /// (3 months). A visit belongs to the placement the child was in when it was made; the next
    /// placement of the period of care, or leaving care, ends the chain. As recorded, a placement
    /// whose end had not been recorded by as_at was the current one as far as anyone knew, so a visit
    /// made after that end counts for it (and for the next placement only once that is known).
    /// </summary>
    public static IEnumerable<Function> VisitChain() => ReviewChainSchema.Chain(typeof(PlacementProjection), PlacementProjection.VisitChainFunctionName);

    /// <summary>
    /// One row per child looked after at <c>as_at</c>, with the DfE placement stability flags, every
    /// interval by the rulebook in force on the as-at date (a UK date, d):
    /// <list type="bullet">
    /// <item>placements_in_window: the placements the child had in the placement-moves-window (12
    /// months) up to d, counted as the DfE does: the one current at the window's start plus each
    /// starting within it. A change of placement status only (SSDA903 reason PLACE) keeps the same
    /// carer and is not counted; placements in an earlier period of care within the window are.
    /// A date x is within the window when x plus the window is after d.</item>
    /// <item>looked_after_long_term: looked after continuously (this period of care) for long-term-care (2.5 years).</item>
    /// <item>same_carer_two_years: with the same carer for long-term-placement (2 years).</item>
    /// <item>placed_for_adoption_two_years: placed for adoption (AdoptionStepTaken Placed in this
    /// period of care), and the adoptive placement together with the one before it have lasted
    /// long-term-placement (2 years), as the DfE counts it.</item>
    /// <item>long_term_stable: looked after long-term, under 16, and either of the two above.</item>
    /// </list>
    /// The function is (as_at, as_recorded), with (as_at) the as-occurred view. As recorded at as_at,
    /// a period of care counts once its entry had been recorded and has ended once its leaving had;
    /// a placement counts once recorded and has ended once what ended it had been; the placement for
    /// adoption once recorded; the carer the child has been with since is worked out from the
    /// placements then recorded; and the age from the date of birth then recorded.
    /// </summary>
    public static Function Stability() => SqlFile.Function(typeof(PlacementProjection), "placement_stability_as_at");
}
