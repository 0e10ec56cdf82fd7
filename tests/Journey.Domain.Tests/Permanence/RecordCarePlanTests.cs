using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Permanence;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.LookedAfterJourneys;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Permanence;

public sealed class RecordCarePlanTests
{
    private static readonly DateTimeOffset RecordedAt = EnteredAt.AddDays(3);

    private static ChildJourney InCare() => JourneyBuilder.Child().InCare().Journey;

    [Fact]
    public void Records_the_care_plan_of_the_period_of_care() =>
        Given(InCare()).When(new RecordCarePlan(RecordedAt)).ShouldAppend(new CarePlanRecorded(1, RecordedAt));

    [Fact]
    public void Belongs_to_the_open_period_of_care() =>
        Given(JourneyBuilder.Child().BackInCare().Journey).When(new RecordCarePlan(ReEnteredAt.AddDays(1)))
            .ShouldAppend(new CarePlanRecorded(2, ReEnteredAt.AddDays(1)));

    [Fact]
    public void When_it_was_recorded_is_required() =>
        Given(InCare()).When(new RecordCarePlan(null)).ShouldBeRefusedWith(("recordedAt", "required"));

    [Fact]
    public void Cannot_be_recorded_in_the_future_beyond_the_clock_skew()
    {
        Given(InCare()).When(new RecordCarePlan(JustInsideSkew)).ShouldAppend(new CarePlanRecorded(1, JustInsideSkew));
        Given(InCare()).When(new RecordCarePlan(JustOutsideSkew)).ShouldBeRefusedWith(("recordedAt", "not-in-future"));
    }

    [Fact]
    public void Needs_the_child_in_care()
    {
        Given(JourneyBuilder.Child().Contacted().Journey).When(new RecordCarePlan(RecordedAt)).ShouldBeRefusedWith(("recordedAt", "needs-child-in-care"));
        Given(JourneyBuilder.Child().CareLeaver().Journey).When(new RecordCarePlan(LeftAt.AddDays(1)))
            .ShouldBeRefusedWith(("recordedAt", "needs-child-in-care"));
    }

    [Fact]
    public void Cannot_be_dated_before_the_child_entered_care()
    {
        Given(InCare()).When(new RecordCarePlan(EnteredAt)).ShouldAppend(new CarePlanRecorded(1, EnteredAt));
        Given(InCare()).When(new RecordCarePlan(EnteredAt - Tick)).ShouldBeRefusedWith(("recordedAt", "within-the-period-of-care"));
    }

    [Fact]
    public void Cannot_be_dated_back_into_an_earlier_period_of_care() =>
        Given(JourneyBuilder.Child().BackInCare().Journey).When(new RecordCarePlan(EnteredAt.AddDays(5)))
            .ShouldBeRefusedWith(("recordedAt", "within-the-period-of-care"));

    [Fact]
    public void Leaving_care_cannot_be_dated_before_the_care_plan()
    {
        var journey = JourneyBuilder.Child().InCare().CarePlanned(RecordedAt).Journey;

        Given(journey).When(new LeaveCare(RecordedAt - Tick, "E4A")).ShouldBeRefusedWith(("leftAt", "after-the-last-step-in-care"));
        Given(journey).When(new LeaveCare(RecordedAt, "E4A")).ShouldAppend(new LeftCare(1, RecordedAt, "E4A"));
    }
}
