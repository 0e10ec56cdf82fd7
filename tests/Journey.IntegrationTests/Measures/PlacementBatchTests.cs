using Journey.Domain.Corrections;
using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Permanence;
using Journey.IntegrationTests.Daemon;
using Journey.Projections.LookedAfter;

namespace Journey.IntegrationTests.Measures;

/// <summary>
/// Periods of care, placements and looked-after visits are written in sets (decision 179): the same steps, with their
/// corrections and withdrawals, give the same rows in one session, in one session per event, and in two sessions whose
/// second changes the rows the first stored; each row as the steps say it must be.
/// </summary>
[Collection(DaemonHost.Collection)]
public sealed class PlacementBatchTests(DaemonHost host)
{
    private static readonly DateTimeOffset T = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Where the two-session form splits the journey: after the visits, before the second placement is moved.</summary>
    private const int StoredFirst = 9;

    /// <summary>
    /// A period of care with a first placement, a move to a new carer (later moved a day) and a change of status only; a
    /// visit corrected to "not seen", one kept and one withdrawn; a fourth placement withdrawn; a placement for adoption
    /// corrected; leaving care withdrawn, then set again and corrected. A second period of care, placed and left, whose
    /// entry is then withdrawn: its placement has nothing left to end it.
    /// </summary>
    private static IJourneyEvent[] Journey(int n)
    {
        var second = new PlacementStarted(2, 1, T.AddDays(10), "U1", null, false, "CHILD");
        var visit = new LookedAfterVisitMade(1, T.AddDays(2), true, false);
        var laterVisit = new LookedAfterVisitMade(1, T.AddDays(13), true, true);
        var fourth = new PlacementStarted(4, 1, T.AddDays(25), "U3", null, false, "CARPL");
        var adoption = new AdoptionStepTaken(1, T.AddDays(22), AdoptionStep.Placed);
        var left = new LeftCare(1, T.AddDays(30), "E11");
        var leftAgain = new LeftCare(1, T.AddDays(40), "E11");
        var enteredAgain = new EnteredCare(2, T.AddDays(60), "V2", true, false);
        return
        [
            new EnteredCare(1, T, "C2", false, false),
            new PlacementStarted(1, 1, T, "U3", null, false, null),
            second,
            new PlacementStarted(3, 1, T.AddDays(20), "U1", null, false, PlacementKinds.StatusOnlyChange),
            visit,
            new EventCorrected(5, visit, visit with { ChildSeen = false }, "Child not seen", T.AddDays(3)),
            new LookedAfterVisitMade(1, T.AddDays(12), true, true),
            laterVisit,
            new EventWithdrawn(8, laterVisit, "Another child's", T.AddDays(14)),
            new EventCorrected(3, second, second with { OccurredAt = T.AddDays(11) }, "Wrong day", T.AddDays(15)),
            fourth,
            new EventWithdrawn(11, fourth, "Never moved", T.AddDays(26)),
            adoption,
            new EventCorrected(13, adoption, adoption with { OccurredAt = T.AddDays(23) }, "Wrong day", T.AddDays(24)),
            left,
            new EventWithdrawn(15, left, "Did not leave", T.AddDays(31)),
            leftAgain,
            new EventCorrected(17, leftAgain, leftAgain with { OccurredAt = T.AddDays(41) }, "Wrong day", T.AddDays(42)),
            enteredAgain,
            new PlacementStarted(5, 2, T.AddDays(60), "U4", null, false, null),
            new LeftCare(2, T.AddDays(70), "E11"),
            new EventWithdrawn(19, enteredAgain, "Recorded on the wrong record", T.AddDays(71)),
        ];
    }

    [Fact]
    public async Task Periods_of_care_placements_and_visits_give_the_same_rows_in_one_session_as_in_one_per_event()
    {
        var (together, apart) = await BatchAppends.TogetherAndApart(host, 3, Journey);
        var split = await BatchAppends.InTwoSessions(host, 3, Journey, StoredFirst);

        for (var i = 0; i < together.Length; i++)
        {
            foreach (var (select, expected) in Expected())
            {
                var rows = await BatchAppends.Rows(host, together[i], select);
                rows.ShouldBe(expected, ignoreOrder: false, customMessage: select);
                (await BatchAppends.Rows(host, apart[i], select)).ShouldBe(rows, ignoreOrder: false, customMessage: select);
                (await BatchAppends.Rows(host, split[i], select)).ShouldBe(rows, ignoreOrder: false, customMessage: select);
            }
        }
    }

    /// <summary>
    /// When each row was first recorded, as the stream version of the first event recorded at that instant: one session
    /// per event keeps the step's own; in two sessions, what the first stored keeps the first session's time (version 1),
    /// and what the second first recorded, the second's (version <see cref="StoredFirst"/> + 1).
    /// </summary>
    [Fact]
    public async Task A_row_keeps_when_it_was_first_recorded_and_an_end_takes_the_time_of_what_ended_it()
    {
        var (_, apart) = await BatchAppends.TogetherAndApart(host, 1, Journey);
        var split = await BatchAppends.InTwoSessions(host, 1, Journey, StoredFirst);

        // Leaving care set again after its withdrawal is first recorded by the second leaving (17); placement 1 ended
        // when placement 2 was first recorded (3), though it was moved later.
        (await FirstRecorded(apart[0])).ShouldBe(["entry|1|1|17|13", "placement|1|2|3", "placement|2|3|4", "placement|3|4|17", "placement|5|20|-", "visit|7|7"]);
        var second = StoredFirst + 1;
        (await FirstRecorded(split[0])).ShouldBe(
            ["entry|1|1|" + second + "|" + second, "placement|1|1|1", "placement|2|1|1", "placement|3|1|" + second, "placement|5|" + second + "|-", "visit|7|1"]);
    }

    private static IEnumerable<(string Select, string[] Expected)> Expected()
    {
        yield return ($"""
            SELECT care_episode_number, {At("entered_at")}, legal_status, planned, {At("left_at")}, {At("placed_for_adoption_at")}
            FROM {PlacementProjection.CareEntriesTable.QualifiedName} WHERE child_id = @c ORDER BY care_episode_number
            """, [$"1|{At(T)}|C2|False|{At(T.AddDays(41))}|{At(T.AddDays(23))}"]);
        yield return ($"""
            SELECT placement_number, care_episode_number, {At("started_at")}, placement_type, long_term, reason_for_change, new_carer,
                   {At("same_carer_since")}, {At("ended_at")}
            FROM {PlacementProjection.PlacementsTable.QualifiedName} WHERE child_id = @c ORDER BY placement_number
            """,
            [
                $"1|1|{At(T)}|U3|False|-|True|{At(T)}|{At(T.AddDays(11))}",
                $"2|1|{At(T.AddDays(11))}|U1|True|CHILD|True|{At(T.AddDays(11))}|{At(T.AddDays(20))}",
                // A change of status only: still with the carer of placement 2; ended by leaving care, the fourth placement withdrawn.
                $"3|1|{At(T.AddDays(20))}|U1|True|PLACE|False|{At(T.AddDays(11))}|{At(T.AddDays(41))}",
                // Its period of care withdrawn, and with it the leaving that ended it.
                $"5|2|{At(T.AddDays(60))}|U4|True|-|True|{At(T.AddDays(60))}|-",
            ]);
        yield return ($"""
            SELECT version, care_episode_number, {At("held_at")}
            FROM {PlacementProjection.VisitsTable.QualifiedName} WHERE child_id = @c ORDER BY version
            """, [$"7|1|{At(T.AddDays(12))}"]);
    }

    private static string At(DateTimeOffset instant) => $"{instant.UtcDateTime:yyyy-MM-dd HH:mm:ss}";

    private static string At(string column) => $"({column} AT TIME ZONE 'UTC')::text";

    /// <summary>For each of the child's rows, the first stream version recorded at the instant each recorded time holds ('-' for none).</summary>
    private Task<List<string>> FirstRecorded(string child)
    {
        string Version(string column) =>
            $"coalesce((SELECT min(e.version) FROM journey.mt_events e WHERE e.stream_id = t.child_id AND e.timestamp = t.{column})::text, '-')";
        return BatchAppends.Rows(host, child, $"""
            SELECT * FROM (
              SELECT 'entry', care_episode_number, {Version("started_recorded_at")} || '|' || {Version("ended_recorded_at")}
                     || '|' || {Version("placed_for_adoption_recorded_at")}
              FROM {PlacementProjection.CareEntriesTable.QualifiedName} t WHERE child_id = @c
              UNION ALL
              SELECT 'placement', placement_number, {Version("started_recorded_at")} || '|' || {Version("ended_recorded_at")}
              FROM {PlacementProjection.PlacementsTable.QualifiedName} t WHERE child_id = @c
              UNION ALL
              SELECT 'visit', version::integer, {Version("recorded_at")} FROM {PlacementProjection.VisitsTable.QualifiedName} t WHERE child_id = @c
            ) r ORDER BY 1, 2
            """);
    }
}
