using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.LookedAfterJourneys;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.LookedAfter;

public sealed class RecordPersonalEducationPlanTests
{
    private static readonly DateTimeOffset RecordedAt = EnteredAt.AddDays(15);

    private static ChildJourney InCare() => JourneyBuilder.Child().InCarePlaced().Journey;

    [Fact]
    public void Records_the_plan_against_the_period_of_care() =>
        Given(InCare()).When(new RecordPersonalEducationPlan(RecordedAt)).ShouldAppend(new PersonalEducationPlanRecorded(1, RecordedAt));

    [Fact]
    public void Plans_may_be_reviewed_again_and_again()
    {
        var journey = JourneyBuilder.Child().InCarePlaced().EducationPlan(RecordedAt).Journey;
        var next = RecordedAt.AddDays(60);

        Given(journey).When(new RecordPersonalEducationPlan(next)).ShouldAppend(new PersonalEducationPlanRecorded(1, next));
    }

    [Fact]
    public void In_the_second_period_of_care_it_is_recorded_in_period_two()
    {
        var at = ReEnteredAt.AddDays(15);

        Given(JourneyBuilder.Child().BackInCare().Journey).When(new RecordPersonalEducationPlan(at))
            .ShouldAppend(new PersonalEducationPlanRecorded(2, at));
    }

    [Fact]
    public void Everything_missing_is_reported_at_once() =>
        Given(ChildJourney.New("C1")).When(new RecordPersonalEducationPlan(null)).ShouldBeRefusedWith(
            ("recordedAt", "required"),
            ("recordedAt", "needs-child-in-care"));

    [Fact]
    public void When_is_required() =>
        Given(InCare()).When(new RecordPersonalEducationPlan(null)).ShouldBeRefusedWith(("recordedAt", "required"));

    [Fact]
    public void Needs_the_child_in_care()
    {
        Given(JourneyBuilder.Child().Contacted().Journey).When(new RecordPersonalEducationPlan(RecordedAt))
            .ShouldBeRefusedWith(("recordedAt", "needs-child-in-care"));
        Given(JourneyBuilder.Child().CareLeaver().Journey).When(new RecordPersonalEducationPlan(LeftAt.AddDays(1)))
            .ShouldBeRefusedWith(("recordedAt", "needs-child-in-care"));
    }

    [Fact]
    public void May_be_recorded_at_the_instant_the_child_entered_care() =>
        Given(InCare()).When(new RecordPersonalEducationPlan(EnteredAt)).ShouldAppend(new PersonalEducationPlanRecorded(1, EnteredAt));

    [Fact]
    public void Cannot_be_recorded_before_the_period_of_care_began() =>
        Given(InCare()).When(new RecordPersonalEducationPlan(EnteredAt - Tick))
            .ShouldBeRefusedWith(("recordedAt", "within-the-period-of-care"));

    [Fact]
    public void In_the_second_period_cannot_be_dated_into_the_first() =>
        Given(JourneyBuilder.Child().BackInCare().Journey).When(new RecordPersonalEducationPlan(ReEnteredAt - Tick))
            .ShouldBeRefusedWith(("recordedAt", "within-the-period-of-care"));

    [Fact]
    public void Recorded_just_inside_the_clock_skew_allowance() =>
        Given(InCare()).When(new RecordPersonalEducationPlan(JustInsideSkew)).ShouldAppend(new PersonalEducationPlanRecorded(1, JustInsideSkew));

    [Fact]
    public void Recorded_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        Given(InCare()).When(new RecordPersonalEducationPlan(JustOutsideSkew)).ShouldBeRefusedWith(("recordedAt", "not-in-future"));

    [Fact]
    public void In_the_future_and_not_in_care_are_both_reported() =>
        Given(JourneyBuilder.Child().CareLeaver().Journey).When(new RecordPersonalEducationPlan(JustOutsideSkew)).ShouldBeRefusedWith(
            ("recordedAt", "not-in-future"),
            ("recordedAt", "needs-child-in-care"));
}
