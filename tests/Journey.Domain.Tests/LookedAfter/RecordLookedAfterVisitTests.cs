using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.LookedAfterJourneys;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.LookedAfter;

public sealed class RecordLookedAfterVisitTests : PeriodOfCareStepTests
{
    private static readonly DateTimeOffset VisitedAt = EnteredAt.AddDays(6);

    protected override string Field => "visitedAt";
    protected override IJourneyCommand Step(DateTimeOffset? at) => new RecordLookedAfterVisit(at, true, true);
    protected override IJourneyEvent Appended(int period, DateTimeOffset at) => new LookedAfterVisitMade(period, at, true, true);
    protected override DateTimeOffset UsualAt => VisitedAt;

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, false)]
    public void Records_whether_the_child_was_seen_and_seen_alone(bool seen, bool alone) =>
        Given(InCare()).When(new RecordLookedAfterVisit(VisitedAt, seen, alone))
            .ShouldAppend(new LookedAfterVisitMade(1, VisitedAt, seen, alone));

    [Fact]
    public void A_child_not_seen_cannot_have_been_seen_alone() =>
        Given(InCare()).When(new RecordLookedAfterVisit(VisitedAt, false, true))
            .ShouldBeRefusedWith(("childSeenAlone", "seen-alone-only-if-seen"));

    [Fact]
    public void In_the_second_period_of_care_it_is_recorded_in_period_two()
    {
        var at = ReEnteredAt.AddDays(3);

        Given(JourneyBuilder.Child().BackInCare().Journey).When(new RecordLookedAfterVisit(at, true, false))
            .ShouldAppend(new LookedAfterVisitMade(2, at, true, false));
    }

    [Fact]
    public void Everything_missing_is_reported_at_once() =>
        Given(ChildJourney.New("C1")).When(new RecordLookedAfterVisit(null, null, null)).ShouldBeRefusedWith(
            ("visitedAt", "required"),
            ("childSeen", "required"),
            ("childSeenAlone", "required"),
            ("visitedAt", "needs-child-in-care"));

    [Fact]
    public void Whether_seen_and_whether_seen_alone_are_each_required()
    {
        Given(InCare()).When(new RecordLookedAfterVisit(VisitedAt, null, false)).ShouldBeRefusedWith(("childSeen", "required"));
        Given(InCare()).When(new RecordLookedAfterVisit(VisitedAt, true, null)).ShouldBeRefusedWith(("childSeenAlone", "required"));
        Given(InCare()).When(new RecordLookedAfterVisit(VisitedAt, null, true)).ShouldBeRefusedWith(("childSeen", "required"));
    }

    [Fact]
    public void Several_problems_are_all_reported() =>
        Given(InCare()).When(new RecordLookedAfterVisit(EnteredAt - Tick, false, true)).ShouldBeRefusedWith(
            ("childSeenAlone", "seen-alone-only-if-seen"),
            ("visitedAt", "within-the-period-of-care"));
}
