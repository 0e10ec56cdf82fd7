using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Permanence;
using Journey.Domain.Tests.Given;
using static Journey.Domain.Tests.Given.LookedAfterJourneys;
using static Journey.Domain.Tests.Given.Moments;

namespace Journey.Domain.Tests.Permanence;

public sealed class RecordCarePlanTests
{
    private static readonly DateTimeOffset RecordedAt = EnteredAt.AddDays(3);

    private static ChildJourney InCare() => JourneyBuilder.Child().InCare().Journey;

    [Fact]
    public void Records_the_care_plan_of_the_period_of_care() =>
        new RecordCarePlan(RecordedAt).Decide(InCare(), Now).ShouldAppend(new CarePlanRecorded(1, RecordedAt));

    [Fact]
    public void Belongs_to_the_open_period_of_care() =>
        new RecordCarePlan(ReEnteredAt.AddDays(1)).Decide(JourneyBuilder.Child().BackInCare().Journey, Now)
            .ShouldAppend(new CarePlanRecorded(2, ReEnteredAt.AddDays(1)));

    [Fact]
    public void When_it_was_recorded_is_required() =>
        new RecordCarePlan(null).Decide(InCare(), Now).ShouldBeRefusedWith(("recordedAt", "required"));

    [Fact]
    public void Cannot_be_recorded_in_the_future_beyond_the_clock_skew()
    {
        new RecordCarePlan(JustInsideSkew).Decide(InCare(), Now).ShouldAppend(new CarePlanRecorded(1, JustInsideSkew));
        new RecordCarePlan(JustOutsideSkew).Decide(InCare(), Now).ShouldBeRefusedWith(("recordedAt", "not-in-future"));
    }

    [Fact]
    public void Needs_the_child_in_care()
    {
        new RecordCarePlan(RecordedAt).Decide(JourneyBuilder.Child().Contacted().Journey, Now).ShouldBeRefusedWith(("recordedAt", "needs-child-in-care"));
        new RecordCarePlan(LeftAt.AddDays(1)).Decide(JourneyBuilder.Child().CareLeaver().Journey, Now)
            .ShouldBeRefusedWith(("recordedAt", "needs-child-in-care"));
    }

    [Fact]
    public void Cannot_be_dated_before_the_child_entered_care()
    {
        new RecordCarePlan(EnteredAt).Decide(InCare(), Now).ShouldAppend(new CarePlanRecorded(1, EnteredAt));
        new RecordCarePlan(EnteredAt - Tick).Decide(InCare(), Now).ShouldBeRefusedWith(("recordedAt", "within-the-period-of-care"));
    }

    [Fact]
    public void Cannot_be_dated_back_into_an_earlier_period_of_care() =>
        new RecordCarePlan(EnteredAt.AddDays(5)).Decide(JourneyBuilder.Child().BackInCare().Journey, Now)
            .ShouldBeRefusedWith(("recordedAt", "within-the-period-of-care"));

    [Fact]
    public void Leaving_care_cannot_be_dated_before_the_care_plan()
    {
        var journey = JourneyBuilder.Child().InCare().CarePlanned(RecordedAt).Journey;

        new LeaveCare(RecordedAt - Tick, "E4A").Decide(journey, Now).ShouldBeRefusedWith(("leftAt", "after-the-last-step-in-care"));
        new LeaveCare(RecordedAt, "E4A").Decide(journey, Now).ShouldAppend(new LeftCare(1, RecordedAt, "E4A"));
    }
}
