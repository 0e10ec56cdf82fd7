using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Tests.Given;
using static Journey.Domain.Tests.Given.LookedAfterJourneys;
using static Journey.Domain.Tests.Given.Moments;

namespace Journey.Domain.Tests.LookedAfter;

public sealed class RecordPersonalEducationPlanTests
{
    private static readonly DateTimeOffset RecordedAt = EnteredAt.AddDays(15);

    private static ChildJourney InCare() => JourneyBuilder.Child().InCarePlaced().Journey;

    [Fact]
    public void Records_the_plan_against_the_period_of_care() =>
        new RecordPersonalEducationPlan(RecordedAt).Decide(InCare(), Now).ShouldAppend(new PersonalEducationPlanRecorded(1, RecordedAt));

    [Fact]
    public void Plans_may_be_reviewed_again_and_again()
    {
        var journey = JourneyBuilder.Child().InCarePlaced().EducationPlan(RecordedAt).Journey;
        var next = RecordedAt.AddDays(60);

        new RecordPersonalEducationPlan(next).Decide(journey, Now).ShouldAppend(new PersonalEducationPlanRecorded(1, next));
    }

    [Fact]
    public void In_the_second_period_of_care_it_is_recorded_in_period_two()
    {
        var at = ReEnteredAt.AddDays(15);

        new RecordPersonalEducationPlan(at).Decide(JourneyBuilder.Child().BackInCare().Journey, Now)
            .ShouldAppend(new PersonalEducationPlanRecorded(2, at));
    }

    [Fact]
    public void Everything_missing_is_reported_at_once() =>
        new RecordPersonalEducationPlan(null).Decide(ChildJourney.New("C1"), Now).ShouldBeRefusedWith(
            ("recordedAt", "required"),
            ("recordedAt", "needs-child-in-care"));

    [Fact]
    public void When_is_required() =>
        new RecordPersonalEducationPlan(null).Decide(InCare(), Now).ShouldBeRefusedWith(("recordedAt", "required"));

    [Fact]
    public void Needs_the_child_in_care()
    {
        new RecordPersonalEducationPlan(RecordedAt).Decide(JourneyBuilder.Child().Contacted().Journey, Now)
            .ShouldBeRefusedWith(("recordedAt", "needs-child-in-care"));
        new RecordPersonalEducationPlan(LeftAt.AddDays(1)).Decide(JourneyBuilder.Child().CareLeaver().Journey, Now)
            .ShouldBeRefusedWith(("recordedAt", "needs-child-in-care"));
    }

    [Fact]
    public void May_be_recorded_at_the_instant_the_child_entered_care() =>
        new RecordPersonalEducationPlan(EnteredAt).Decide(InCare(), Now).ShouldAppend(new PersonalEducationPlanRecorded(1, EnteredAt));

    [Fact]
    public void Cannot_be_recorded_before_the_period_of_care_began() =>
        new RecordPersonalEducationPlan(EnteredAt - Tick).Decide(InCare(), Now)
            .ShouldBeRefusedWith(("recordedAt", "within-the-period-of-care"));

    [Fact]
    public void In_the_second_period_cannot_be_dated_into_the_first() =>
        new RecordPersonalEducationPlan(ReEnteredAt - Tick).Decide(JourneyBuilder.Child().BackInCare().Journey, Now)
            .ShouldBeRefusedWith(("recordedAt", "within-the-period-of-care"));

    [Fact]
    public void Recorded_just_inside_the_clock_skew_allowance() =>
        new RecordPersonalEducationPlan(JustInsideSkew).Decide(InCare(), Now).ShouldAppend(new PersonalEducationPlanRecorded(1, JustInsideSkew));

    [Fact]
    public void Recorded_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        new RecordPersonalEducationPlan(JustOutsideSkew).Decide(InCare(), Now).ShouldBeRefusedWith(("recordedAt", "not-in-future"));

    [Fact]
    public void In_the_future_and_not_in_care_are_both_reported() =>
        new RecordPersonalEducationPlan(JustOutsideSkew).Decide(JourneyBuilder.Child().CareLeaver().Journey, Now).ShouldBeRefusedWith(
            ("recordedAt", "not-in-future"),
            ("recordedAt", "needs-child-in-care"));
}
