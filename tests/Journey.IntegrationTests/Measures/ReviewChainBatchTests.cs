using Journey.Domain.ChildInNeed;
using Journey.Domain.Corrections;
using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Protection;
using Journey.Domain.Supervision;
using Journey.IntegrationTests.Daemon;
using Journey.Projections.ChildInNeed;
using Journey.Projections.LookedAfter;
using Journey.Projections.Plans;
using Journey.Projections.Supervision;

namespace Journey.IntegrationTests.Measures;

/// <summary>
/// The review chains' episodes and events held are written in sets (EpisodeChanges, HeldChanges): a batch's
/// changes are folded per row and written with one statement per table and kind of change. The same steps, with
/// their corrections and withdrawals, give the same rows in one session, in one session per event, and in two
/// sessions whose second changes the rows the first stored.
/// </summary>
[Collection(DaemonHost.Collection)]
public sealed class ReviewChainBatchTests(DaemonHost host)
{
    private static readonly DateTimeOffset T = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Where the two-session form splits the journey: after the care episode's first end is stored.</summary>
    private const int StoredFirst = 3;

    /// <summary>
    /// A period of care started, reviewed, ended, its review corrected, its end withdrawn and set again and then
    /// corrected, a second review held and the first withdrawn, its start corrected; a protection plan with its
    /// category changed, a visit corrected to "not seen", another visit, an end, the plan's start withdrawn and a
    /// second plan; a child in need plan started, ended and its start withdrawn, then started again; supervisions
    /// corrected and withdrawn; a health assessment corrected from initial to review.
    /// </summary>
    private static IJourneyEvent[] Journey(int n)
    {
        var entered = new EnteredCare(1, T, "C2", false, false);
        var review = new LookedAfterReviewHeld(1, T.AddDays(10), "PN1");
        var reviewMoved = review with { OccurredAt = T.AddDays(11) };
        var left = new LeftCare(1, T.AddDays(30), "E11");
        var leftAgain = new LeftCare(1, T.AddDays(40), "E11");
        var plan = new ProtectionPlanStarted(1, 1, T, "N");
        var visit = new ProtectionVisitMade(1, T.AddDays(6), true, false);
        var childInNeed = new ChildInNeedPlanStarted(1, T);
        var supervision = new SupervisionHeld(T.AddDays(3), $"tm.{n}");
        var wrongSupervision = new SupervisionHeld(T.AddDays(4), "tm.other");
        var assessment = new HealthAssessmentCompleted(1, T.AddDays(20), HealthAssessmentKind.Initial, true);
        return
        [
            entered, review, left,
            new EventCorrected(2, review, reviewMoved, "Wrong day", T.AddDays(31)),
            new EventWithdrawn(3, left, "Did not leave care", T.AddDays(32)),
            leftAgain,
            new LookedAfterReviewHeld(1, T.AddDays(20), "PN0"),
            new EventWithdrawn(2, reviewMoved, "Recorded on the wrong record", T.AddDays(41)),
            new EventCorrected(6, leftAgain, leftAgain with { OccurredAt = T.AddDays(41) }, "Wrong day", T.AddDays(42)),
            new EventCorrected(1, entered, entered with { OccurredAt = T.AddDays(-1) }, "Wrong day", T.AddDays(42)),
            plan,
            new ProtectionCategoryChanged(1, T.AddDays(5), "E"),
            visit,
            new EventCorrected(13, visit, visit with { ChildSeen = false }, "Child not seen", T.AddDays(7)),
            new ProtectionVisitMade(1, T.AddDays(7), true, true),
            new ProtectionPlanEnded(1, T.AddDays(50), "Plan ended"),
            new EventWithdrawn(11, plan, "Recorded on the wrong record", T.AddDays(51)),
            new ProtectionPlanStarted(2, 2, T.AddDays(60), "P"),
            childInNeed,
            new ChildInNeedPlanEnded(1, T.AddDays(10), "Plan ended"),
            new EventWithdrawn(19, childInNeed, "Recorded on the wrong record", T.AddDays(11)),
            new ChildInNeedPlanStarted(1, T.AddDays(20)),
            supervision,
            new EventCorrected(23, supervision, supervision with { Supervisor = $"tm.{n}.b" }, "Wrong supervisor", T.AddDays(4)),
            wrongSupervision,
            new EventWithdrawn(25, wrongSupervision, "Another child's", T.AddDays(5)),
            assessment,
            new EventCorrected(27, assessment, assessment with { Kind = HealthAssessmentKind.Review }, "A review", T.AddDays(21)),
        ];
    }

    [Fact]
    public async Task A_chains_steps_corrections_and_withdrawals_give_the_same_rows_in_one_session_as_in_one_per_event()
    {
        var (together, apart) = await BatchAppends.TogetherAndApart(host, 3, Journey);
        var split = await BatchAppends.InTwoSessions(host, 3, Journey, StoredFirst);
        await host.CaughtUp();

        for (var i = 0; i < together.Length; i++)
        {
            var rows = await AllRows(together[i]);
            rows.ShouldBe(await AllRows(apart[i]));
            rows.ShouldBe(await AllRows(split[i]));
            rows.ShouldBe(
            [
                // The period of care as corrected: its start moved, its end set again after the withdrawal, then moved.
                $"care_episodes|1|{At(T.AddDays(-1))}|{At(T.AddDays(41))}|True|True",
                "looked_after_reviews|7|1|" + At(T.AddDays(20)) + "|True",
                // Only the second plan: the first's start was withdrawn after its end, its category change and its visits.
                $"protection_plans|2|{At(T.AddDays(60))}|-|False|True|P",
                "protection_visits|15|1|" + At(T.AddDays(7)) + "|True",
                // The child in need plan started again after its start was withdrawn: the end went with the first start.
                $"child_in_need_plans|1|{At(T.AddDays(20))}|-|False|True",
                $"supervisions|23|{At(T.AddDays(3))}|tm.{i}.b|True",
                "initial_health_assessments",
                "review_health_assessments|27|1|" + At(T.AddDays(20)) + "|True",
            ]);
        }
    }

    /// <summary>
    /// When each row was first recorded, as the stream version of the first event recorded at that instant: one per event
    /// apart; in two sessions, the start and review kept from the first (version 1) where the second moved them, and the
    /// end set again after its withdrawal taking the second's time (version <see cref="StoredFirst"/> + 1). The health
    /// assessment corrected into a review is first recorded in the review table by its correction (version 28).
    /// </summary>
    [Fact]
    public async Task A_row_keeps_when_it_was_first_recorded_and_an_end_set_again_takes_the_new_time()
    {
        var (_, apart) = await BatchAppends.TogetherAndApart(host, 1, Journey);
        var split = await BatchAppends.InTwoSessions(host, 1, Journey, StoredFirst);
        await host.CaughtUp();

        (await FirstRecorded(apart[0])).ShouldBe(["care_episodes|1|6", "child_in_need_plans|22|-", "looked_after_reviews|7", "protection_plans|18|-",
            "protection_visits|15", "review_health_assessments|28", "supervisions|23"]);
        (await FirstRecorded(split[0])).ShouldBe(["care_episodes|1|4", "child_in_need_plans|4|-", "looked_after_reviews|4", "protection_plans|4|-",
            "protection_visits|4", "review_health_assessments|4", "supervisions|4"]);
    }

    private static string At(DateTimeOffset instant) => $"{instant.UtcDateTime:yyyy-MM-dd HH:mm:ss}";

    /// <summary>Every row of the child's chain tables, each prefixed by its table (whether each recorded time is known, not its value).</summary>
    private async Task<List<string>> AllRows(string child)
    {
        var rows = new List<string>();
        rows.AddRange(await Episodes(child, LookedAfterReviewProjection.EpisodesTable.QualifiedName, "care_episodes", "care_episode_number", "entered_at", "left_at"));
        rows.AddRange(await Held(child, LookedAfterReviewProjection.ReviewsTable.QualifiedName, "looked_after_reviews", "care_episode_number"));
        rows.AddRange(await Episodes(child, ProtectionPlanProjection.PlansTable.QualifiedName, "protection_plans", "plan_number", "started_at", "ended_at", ", category"));
        rows.AddRange(await Held(child, ProtectionPlanProjection.VisitsTable.QualifiedName, "protection_visits", "plan_number"));
        rows.AddRange(await Episodes(child, ChildInNeedVisitProjection.PlansTable.QualifiedName, "child_in_need_plans", "plan_number", "started_at", "ended_at"));
        rows.AddRange(await Rows(child, $"""
            SELECT 'supervisions', version, (held_at AT TIME ZONE 'UTC')::text, supervisor, recorded_at IS NOT NULL
            FROM {SupervisionProjection.SupervisionsTable.QualifiedName} WHERE child_id = @c ORDER BY version
            """));
        rows.Add("initial_health_assessments");
        rows.AddRange(await Held(child, HealthReviewProjection.InitialsTable.QualifiedName, "initial_health_assessments", "care_episode_number"));
        rows.AddRange(await Held(child, HealthReviewProjection.ReviewsTable.QualifiedName, "review_health_assessments", "care_episode_number"));
        return rows;
    }

    private Task<List<string>> Episodes(string child, string table, string name, string number, string start, string end, string detail = "") => Rows(child, $"""
        SELECT '{name}', {number}, ({start} AT TIME ZONE 'UTC')::text, ({end} AT TIME ZONE 'UTC')::text,
               ended_recorded_at IS NOT NULL, started_recorded_at IS NOT NULL{detail}
        FROM {table} WHERE child_id = @c ORDER BY {number}
        """);

    private Task<List<string>> Held(string child, string table, string name, string number) => Rows(child, $"""
        SELECT '{name}', version, {number}, (held_at AT TIME ZONE 'UTC')::text, recorded_at IS NOT NULL
        FROM {table} WHERE child_id = @c ORDER BY version
        """);

    /// <summary>For each of the child's chain rows, the first stream version recorded at the instant its recorded times hold ('-' for none).</summary>
    private Task<List<string>> FirstRecorded(string child)
    {
        string Version(string column) => $"(SELECT min(e.version) FROM journey.mt_events e WHERE e.stream_id = t.child_id AND e.timestamp = t.{column})";
        string Episode(string name, string table) =>
            $"SELECT '{name}', {Version("started_recorded_at")}::text || '|' || coalesce({Version("ended_recorded_at")}::text, '-') FROM {table} t WHERE child_id = @c";
        string Held(string name, string table) => $"SELECT '{name}', {Version("recorded_at")}::text FROM {table} t WHERE child_id = @c";
        return Rows(child, $"""
            SELECT * FROM (
              {Episode("care_episodes", LookedAfterReviewProjection.EpisodesTable.QualifiedName)}
              UNION ALL {Episode("child_in_need_plans", ChildInNeedVisitProjection.PlansTable.QualifiedName)}
              UNION ALL {Held("looked_after_reviews", LookedAfterReviewProjection.ReviewsTable.QualifiedName)}
              UNION ALL {Episode("protection_plans", ProtectionPlanProjection.PlansTable.QualifiedName)}
              UNION ALL {Held("protection_visits", ProtectionPlanProjection.VisitsTable.QualifiedName)}
              UNION ALL {Held("review_health_assessments", HealthReviewProjection.ReviewsTable.QualifiedName)}
              UNION ALL {Held("supervisions", SupervisionProjection.SupervisionsTable.QualifiedName)}
            ) r ORDER BY 1
            """);
    }

    private Task<List<string>> Rows(string child, string select) => BatchAppends.Rows(host, child, select);
}
