using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.LookedAfterJourneys;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.LookedAfter;

public sealed class RecordPersonalEducationPlanTests : PeriodOfCareStepTests
{
    private static readonly DateTimeOffset RecordedAt = EnteredAt.AddDays(15);

    protected override string Field => "recordedAt";
    protected override IJourneyCommand Step(DateTimeOffset? at) => new RecordPersonalEducationPlan(at);
    protected override IJourneyEvent Appended(int period, DateTimeOffset at) => new PersonalEducationPlanRecorded(period, at);
    protected override DateTimeOffset UsualAt => RecordedAt;

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
    public void In_the_future_and_not_in_care_are_both_reported() =>
        Given(JourneyBuilder.Child().CareLeaver().Journey).When(new RecordPersonalEducationPlan(JustOutsideSkew)).ShouldBeRefusedWith(
            ("recordedAt", "not-in-future"),
            ("recordedAt", "needs-child-in-care"));
}
