using Journey.Domain.Journeys;
using Journey.Domain.LeavingCare;
using Journey.Domain.Tests.Rules;
using static Journey.Domain.Tests.LookedAfterAndMissing.LookedAfterJourneys;
using static Journey.Domain.Tests.Rules.Moments;

namespace Journey.Domain.Tests.LookedAfterAndMissing;

public sealed class RecordPathwayPlanTests
{
    private static readonly DateTimeOffset PlannedAt = Day1.AddDays(20);
    private static readonly DateTimeOffset ReviewedAt = Day1.AddDays(40);

    private static ChildJourney InCare() => JourneyBuilder.Child().InCarePlaced().Journey;
    private static ChildJourney WithPlan() => JourneyBuilder.Child().InCarePlaced().PathwayPlan(PlannedAt).Journey;

    [Fact]
    public void Records_the_first_pathway_plan() =>
        new RecordPathwayPlan(PlannedAt, false).Decide(InCare(), Now).ShouldAppend(new PathwayPlanRecorded(PlannedAt, false, null));

    [Fact]
    public void The_plan_folds_onto_the_journey()
    {
        InCare().PathwayPlanCreated.ShouldBeFalse();
        WithPlan().PathwayPlanCreated.ShouldBeTrue();
    }

    [Fact]
    public void Records_a_review_with_the_change_that_prompted_it() =>
        new RecordPathwayPlan(ReviewedAt, true, "Moved to university").Decide(WithPlan(), Now)
            .ShouldAppend(new PathwayPlanRecorded(ReviewedAt, true, "Moved to university"));

    [Fact]
    public void Reviews_may_repeat()
    {
        var journey = JourneyBuilder.Child().InCarePlaced().PathwayPlan(PlannedAt).PathwayPlan(ReviewedAt, isReview: true).Journey;
        var at = ReviewedAt.AddDays(30);

        new RecordPathwayPlan(at, true).Decide(journey, Now).ShouldAppend(new PathwayPlanRecorded(at, true, null));
    }

    [Fact]
    public void A_care_leaver_may_have_a_pathway_plan()
    {
        var at = LeftAt.AddDays(3);

        new RecordPathwayPlan(at, false).Decide(JourneyBuilder.Child().CareLeaver().Journey, Now)
            .ShouldAppend(new PathwayPlanRecorded(at, false, null));
    }

    [Fact]
    public void A_review_needs_a_plan_to_review() =>
        new RecordPathwayPlan(ReviewedAt, true).Decide(InCare(), Now).ShouldBeRefusedWith(("isReview", "review-needs-a-plan"));

    [Fact]
    public void Only_one_pathway_plan_then_reviews() =>
        new RecordPathwayPlan(ReviewedAt, false).Decide(WithPlan(), Now).ShouldBeRefusedWith(("isReview", "one-pathway-plan"));

    [Fact]
    public void Needs_care_experience()
    {
        new RecordPathwayPlan(PlannedAt, false).Decide(ChildJourney.New("C1"), Now)
            .ShouldBeRefusedWith(("recordedAt", "needs-care-experience"));
        new RecordPathwayPlan(PlannedAt, false).Decide(JourneyBuilder.Child().Contacted().Journey, Now)
            .ShouldBeRefusedWith(("recordedAt", "needs-care-experience"));
        new RecordPathwayPlan(PlannedAt, true).Decide(JourneyBuilder.Child().Contacted().Journey, Now).ShouldBeRefusedWith(
            ("recordedAt", "needs-care-experience"),
            ("isReview", "review-needs-a-plan"));
    }

    [Fact]
    public void Whether_it_is_a_review_is_required() =>
        new RecordPathwayPlan(PlannedAt, null).Decide(InCare(), Now).ShouldBeRefusedWith(("isReview", "required"));

    [Fact]
    public void The_change_prompting_a_review_is_at_most_500_characters()
    {
        new RecordPathwayPlan(ReviewedAt, true, new string('c', 500)).Decide(WithPlan(), Now)
            .ShouldAppend(new PathwayPlanRecorded(ReviewedAt, true, new string('c', 500)));
        new RecordPathwayPlan(ReviewedAt, true, new string('c', 501)).Decide(WithPlan(), Now)
            .ShouldBeRefusedWith(("changePrompting", "max-length"));
    }

    [Fact]
    public void Everything_missing_is_reported_at_once() =>
        new RecordPathwayPlan(null, null).Decide(ChildJourney.New("C1"), Now).ShouldBeRefusedWith(
            ("recordedAt", "required"),
            ("isReview", "required"),
            ("recordedAt", "needs-care-experience"));

    [Fact]
    public void Recorded_just_inside_the_clock_skew_allowance() =>
        new RecordPathwayPlan(JustInsideSkew, false).Decide(InCare(), Now).ShouldAppend(new PathwayPlanRecorded(JustInsideSkew, false, null));

    [Fact]
    public void Recorded_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        new RecordPathwayPlan(JustOutsideSkew, false).Decide(InCare(), Now).ShouldBeRefusedWith(("recordedAt", "not-in-future"));

    [Fact]
    public void Several_problems_are_all_reported() =>
        new RecordPathwayPlan(JustOutsideSkew, false, new string('c', 501)).Decide(WithPlan(), Now).ShouldBeRefusedWith(
            ("recordedAt", "not-in-future"),
            ("isReview", "one-pathway-plan"),
            ("changePrompting", "max-length"));

    [Fact]
    public void A_review_may_be_dated_at_the_instant_of_the_plan() =>
        new RecordPathwayPlan(PlannedAt, true).Decide(WithPlan(), Now).ShouldAppend(new PathwayPlanRecorded(PlannedAt, true, null));

    // Back-dating. Both rules ask what is so now (ever in care, a plan exists), not at the date given.

    [Fact]
    public void Cannot_be_dated_before_the_child_first_entered_care() =>
        new RecordPathwayPlan(EnteredAt - Tick, false).Decide(InCare(), Now)
            .ShouldBeRefusedWith(("recordedAt", "needs-care-experience"));

    [Fact]
    public void A_review_cannot_be_dated_before_the_plan_it_reviews() =>
        new RecordPathwayPlan(PlannedAt - Tick, true).Decide(WithPlan(), Now)
            .ShouldBeRefusedWith(("isReview", "review-needs-a-plan"));
}
