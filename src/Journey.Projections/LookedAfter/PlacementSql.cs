using Journey.Projections.Reviews;
using Weasel.Postgresql.Functions;

namespace Journey.Projections.LookedAfter;

/// <summary>The SQL functions and view over <see cref="PlacementProjection"/>'s tables.</summary>
internal static class PlacementSql
{
    private static string Placements => PlacementProjection.PlacementsTable.QualifiedName;
    private static string CareEntries => PlacementProjection.CareEntriesTable.QualifiedName;
    private const string Uk = "AT TIME ZONE 'Europe/London')::date";

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
    public static Function VisitChain() => ReviewChainSchema.Build(
        PlacementProjection.VisitChainFunctionName, "placement_number", "visit",
        $"""
        SELECT child_id, placement_number AS number, started_at, ended_at, started_recorded_at, ended_recorded_at,
               long_term AS settled, same_carer_since AS settled_from
        FROM {Placements}
        """,
        $"""
        SELECT v.child_id, p.placement_number AS number, v.held_at, v.recorded_at
        FROM {PlacementProjection.VisitsTable.QualifiedName} v
        JOIN {Placements} p ON p.child_id = v.child_id AND p.care_episode_number = v.care_episode_number
                            AND p.started_at <= v.held_at
                            AND (p.ended_at IS NULL OR v.held_at < p.ended_at OR {ReviewChainSchema.NotYetKnown("p.ended_recorded_at")})
        """,
        new ReviewChainSchema.ChainRules("looked-after-visit-first", "looked-after-visit", "looked-after-visit",
            new ReviewChainSchema.SettledRule("looked-after-visit-first-year", "looked-after-visit-long-term")));

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
    public static Function Stability()
    {
        const string columns = """
            child_id text, care_episode_number integer, looked_after_since timestamptz, placement_number integer,
                           placement_type text, same_carer_since timestamptz, placements_in_window integer, three_or_more_placements boolean,
                           looked_after_long_term boolean, same_carer_two_years boolean, placed_for_adoption_two_years boolean,
                           under_sixteen boolean, long_term_stable boolean
            """;
        return JourneyFunction.ForSql($$"""
        CREATE OR REPLACE FUNCTION {{PlacementProjection.StabilityFunctionName}}(as_at timestamptz, as_recorded boolean)
        RETURNS TABLE ({{columns}})
        LANGUAGE sql STABLE AS $fn$
          WITH in_care AS (
            -- One period of care per child: as recorded, a leaving recorded late may leave an earlier
            -- period open beside a later one already recorded; the later is the one the child was in.
            SELECT DISTINCT ON (c.child_id) c.child_id, c.care_episode_number, c.entered_at,
                   CASE WHEN {{ReviewChainSchema.Known("c.placed_for_adoption_recorded_at")}} THEN c.placed_for_adoption_at END AS placed_for_adoption_at,
                   (as_at {{Uk}} AS d
            FROM {{CareEntries}} c
            WHERE c.entered_at <= as_at AND {{ReviewChainSchema.Known("c.started_recorded_at")}}
              AND (c.left_at IS NULL OR c.left_at > as_at OR {{ReviewChainSchema.NotYetKnown("c.ended_recorded_at")}})
            ORDER BY c.child_id, c.care_episode_number DESC
          ), placement AS (
            -- ended_at: only an end by as_at (and, as recorded, recorded by then); otherwise the placement was still going.
            SELECT p.child_id, p.placement_number, p.care_episode_number, p.started_at, p.placement_type, p.new_carer,
                   CASE WHEN p.ended_at <= as_at AND {{ReviewChainSchema.Known("p.ended_recorded_at")}} THEN p.ended_at END AS ended_at, i.d
            FROM {{Placements}} p JOIN in_care i ON i.child_id = p.child_id
            WHERE p.started_at <= as_at AND {{ReviewChainSchema.Known("p.started_recorded_at")}}
          ), current_placement AS (
            -- With the same carer since the latest move to a new carer up to the current placement, as
            -- the placements table keeps it, from the placements known (as recorded, those recorded by as_at).
            SELECT DISTINCT ON (p.child_id) p.child_id, p.care_episode_number, p.placement_number, p.placement_type,
                   coalesce(
                     (SELECT s.started_at FROM {{Placements}} s
                      WHERE s.child_id = p.child_id AND s.care_episode_number = p.care_episode_number AND s.placement_number <= p.placement_number
                        AND s.new_carer AND {{ReviewChainSchema.Known("s.started_recorded_at")}}
                      ORDER BY s.placement_number DESC LIMIT 1),
                     (SELECT min(f.started_at) FROM {{Placements}} f
                      WHERE f.child_id = p.child_id AND f.care_episode_number = p.care_episode_number
                        AND {{ReviewChainSchema.Known("f.started_recorded_at")}})) AS same_carer_since
            FROM placement p JOIN in_care i ON i.child_id = p.child_id AND i.care_episode_number = p.care_episode_number
            ORDER BY p.child_id, p.placement_number DESC
          ), current_carer AS (
            SELECT cp.*,
                   -- when the carer before the current one took the child: the adoptive placement and the one before it
                   (SELECT max(b.started_at) FROM placement b
                    WHERE b.child_id = cp.child_id AND b.care_episode_number = cp.care_episode_number AND b.new_carer
                      AND b.started_at < cp.same_carer_since) AS previous_carer_since
            FROM current_placement cp
          ), moves AS (
            SELECT p.child_id,
                   (count(*) FILTER (WHERE p.new_carer AND {{InWindow("p.started_at")}})
                    + CASE WHEN bool_or(NOT {{InWindow("p.started_at")}} AND (p.ended_at IS NULL OR {{InWindow("p.ended_at")}}))
                           THEN 1 ELSE 0 END)::integer AS placements
            FROM placement p GROUP BY p.child_id
          ), child_age AS (
            -- The DfE's long-term measure counts children under 16 (the rulebook's long-term-stability-age);
            -- a child with no date of birth recorded is unknown (null) and not left out for age.
            SELECT i.child_id, i.d < {{Children.ChildDetailsSchema.BirthdayByRuleFunction}}(c.date_of_birth, 'long-term-stability-age') AS under_sixteen
            FROM in_care i
            LEFT JOIN {{Children.ChildDetailsSchema.ChildrenAsRecordedFunction}}(CASE WHEN as_recorded THEN as_at ELSE 'infinity' END) c
              ON c.child_id = i.child_id
          ), flags AS (
            SELECT i.child_id, i.care_episode_number, i.entered_at, cp.placement_number, cp.placement_type, cp.same_carer_since,
                   coalesce(m.placements, 0) AS placements, a.under_sixteen,
                   {{Elapsed("long-term-care", "i.entered_at")}} AS looked_after_long_term,
                   coalesce({{Elapsed("long-term-placement", "cp.same_carer_since")}}, false) AS same_carer_two_years,
                   coalesce(i.placed_for_adoption_at IS NOT NULL AND i.placed_for_adoption_at <= as_at
                            AND {{Elapsed("long-term-placement", "coalesce(cp.previous_carer_since, cp.same_carer_since)")}}, false)
                     AS placed_for_adoption_two_years
            FROM in_care i
            LEFT JOIN current_carer cp ON cp.child_id = i.child_id
            LEFT JOIN moves m ON m.child_id = i.child_id
            LEFT JOIN child_age a ON a.child_id = i.child_id
          )
          SELECT f.child_id, f.care_episode_number, f.entered_at, f.placement_number, f.placement_type, f.same_carer_since,
                 f.placements, f.placements >= 3, f.looked_after_long_term, f.same_carer_two_years, f.placed_for_adoption_two_years,
                 f.under_sixteen,
                 f.looked_after_long_term AND f.under_sixteen IS NOT FALSE AND (f.same_carer_two_years OR f.placed_for_adoption_two_years)
          FROM flags f
        $fn$;
        {{ReviewChainSchema.AsOccurred(PlacementProjection.StabilityFunctionName, columns)}}
        """);
    }

    /// <summary>Whether the instant <paramref name="at"/> falls within the placement-moves-window up to the as-at date d.</summary>
    private static string InWindow(string at) =>
        $"({ReviewChainSchema.DueFrom("placement-moves-window", $"({at} {Uk}", "p.d")} > p.d)";

    /// <summary>Whether the rulebook's <paramref name="measure"/> in force on the as-at date has run from <paramref name="since"/> by then.</summary>
    private static string Elapsed(string measure, string since) =>
        $"({ReviewChainSchema.DueFrom(measure, $"({since} {Uk}", "(as_at " + Uk)} <= (as_at {Uk})";
}
