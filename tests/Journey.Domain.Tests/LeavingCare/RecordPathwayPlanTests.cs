using Journey.Domain.Journeys;
using Journey.Domain.LeavingCare;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.LookedAfterJourneys;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.LeavingCare;

public sealed class RecordPathwayPlanTests
{
    private static readonly DateTimeOffset PlannedAt = Day1.AddDays(20);
    private static readonly DateTimeOffset ReviewedAt = Day1.AddDays(40);

    private static ChildJourney InCare() => JourneyBuilder.Child().InCarePlaced().Journey;
    private static ChildJourney WithPlan() => JourneyBuilder.Child().InCarePlaced().PathwayPlan(PlannedAt).Journey;

    [Fact]
    public void Records_the_first_pathway_plan() =>
        Given(InCare()).When(new RecordPathwayPlan(PlannedAt, false)).ShouldAppend(new PathwayPlanRecorded(PlannedAt, false, null));

    [Fact]
    public void The_plan_folds_onto_the_journey()
    {
        InCare().PathwayPlanCreated.ShouldBeFalse();
        WithPlan().PathwayPlanCreated.ShouldBeTrue();
    }

    [Fact]
    public void Records_a_review_with_the_change_that_prompted_it() =>
        Given(WithPlan()).When(new RecordPathwayPlan(ReviewedAt, true, "Moved to university"))
            .ShouldAppend(new PathwayPlanRecorded(ReviewedAt, true, "Moved to university"));

    [Fact]
    public void Reviews_may_repeat()
    {
        var journey = JourneyBuilder.Child().InCarePlaced().PathwayPlan(PlannedAt).PathwayPlan(ReviewedAt, isReview: true).Journey;
        var at = ReviewedAt.AddDays(30);

        Given(journey).When(new RecordPathwayPlan(at, true)).ShouldAppend(new PathwayPlanRecorded(at, true, null));
    }

    [Fact]
    public void A_care_leaver_may_have_a_pathway_plan()
    {
        var at = LeftAt.AddDays(3);

        Given(JourneyBuilder.Child().CareLeaver().Journey).When(new RecordPathwayPlan(at, false))
            .ShouldAppend(new PathwayPlanRecorded(at, false, null));
    }

    [Fact]
    public void A_review_needs_a_plan_to_review() =>
        Given(InCare()).When(new RecordPathwayPlan(ReviewedAt, true)).ShouldBeRefusedWith(("isReview", "review-needs-a-plan"));

    [Fact]
    public void Only_one_pathway_plan_then_reviews() =>
        Given(WithPlan()).When(new RecordPathwayPlan(ReviewedAt, false)).ShouldBeRefusedWith(("isReview", "one-pathway-plan"));

    [Fact]
    public void Needs_care_experience()
    {
        Given(ChildJourney.New("C1")).When(new RecordPathwayPlan(PlannedAt, false))
            .ShouldBeRefusedWith(("recordedAt", "needs-care-experience"));
        Given(JourneyBuilder.Child().Contacted().Journey).When(new RecordPathwayPlan(PlannedAt, false))
            .ShouldBeRefusedWith(("recordedAt", "needs-care-experience"));
        Given(JourneyBuilder.Child().Contacted().Journey).When(new RecordPathwayPlan(PlannedAt, true)).ShouldBeRefusedWith(
            ("recordedAt", "needs-care-experience"),
            ("isReview", "review-needs-a-plan"));
    }

    [Fact]
    public void Whether_it_is_a_review_is_required() =>
        Given(InCare()).When(new RecordPathwayPlan(PlannedAt, null)).ShouldBeRefusedWith(("isReview", "required"));

    [Fact]
    public void The_change_prompting_a_review_is_at_most_500_characters()
    {
        Given(WithPlan()).When(new RecordPathwayPlan(ReviewedAt, true, new string('c', 500)))
            .ShouldAppend(new PathwayPlanRecorded(ReviewedAt, true, new string('c', 500)));
        Given(WithPlan()).When(new RecordPathwayPlan(ReviewedAt, true, new string('c', 501)))
            .ShouldBeRefusedWith(("changePrompting", "max-length"));
    }

    [Fact]
    public void Everything_missing_is_reported_at_once() =>
        Given(ChildJourney.New("C1")).When(new RecordPathwayPlan(null, null)).ShouldBeRefusedWith(
            ("recordedAt", "required"),
            ("isReview", "required"),
            ("recordedAt", "needs-care-experience"));

    [Fact]
    public void Recorded_just_inside_the_clock_skew_allowance() =>
        Given(InCare()).When(new RecordPathwayPlan(JustInsideSkew, false)).ShouldAppend(new PathwayPlanRecorded(JustInsideSkew, false, null));

    [Fact]
    public void Recorded_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        Given(InCare()).When(new RecordPathwayPlan(JustOutsideSkew, false)).ShouldBeRefusedWith(("recordedAt", "not-in-future"));

    [Fact]
    public void Several_problems_are_all_reported() =>
        Given(WithPlan()).When(new RecordPathwayPlan(JustOutsideSkew, false, new string('c', 501))).ShouldBeRefusedWith(
            ("recordedAt", "not-in-future"),
            ("isReview", "one-pathway-plan"),
            ("changePrompting", "max-length"));

    [Fact]
    public void A_review_may_be_dated_at_the_instant_of_the_plan() =>
        Given(WithPlan()).When(new RecordPathwayPlan(PlannedAt, true)).ShouldAppend(new PathwayPlanRecorded(PlannedAt, true, null));

    // Back-dating. Both rules ask what is so now (ever in care, a plan exists), not at the date given.

    [Fact]
    public void Cannot_be_dated_before_the_child_first_entered_care() =>
        Given(InCare()).When(new RecordPathwayPlan(EnteredAt - Tick, false))
            .ShouldBeRefusedWith(("recordedAt", "needs-care-experience"));

    [Fact]
    public void A_review_cannot_be_dated_before_the_plan_it_reviews() =>
        Given(WithPlan()).When(new RecordPathwayPlan(PlannedAt - Tick, true))
            .ShouldBeRefusedWith(("isReview", "review-needs-a-plan"));
}
