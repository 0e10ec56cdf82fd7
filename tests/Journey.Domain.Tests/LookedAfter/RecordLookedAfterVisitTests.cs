using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.LookedAfterJourneys;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.LookedAfter;

public sealed class RecordLookedAfterVisitTests
{
    private static readonly DateTimeOffset VisitedAt = EnteredAt.AddDays(6);

    private static ChildJourney InCare() => JourneyBuilder.Child().InCarePlaced().Journey;

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
    public void Needs_the_child_in_care()
    {
        Given(JourneyBuilder.Child().Contacted().Journey).When(new RecordLookedAfterVisit(VisitedAt, true, true))
            .ShouldBeRefusedWith(("visitedAt", "needs-child-in-care"));
        Given(JourneyBuilder.Child().CareLeaver().Journey).When(new RecordLookedAfterVisit(LeftAt.AddDays(1), true, true))
            .ShouldBeRefusedWith(("visitedAt", "needs-child-in-care"));
    }

    [Fact]
    public void May_be_made_at_the_instant_the_child_entered_care() =>
        Given(InCare()).When(new RecordLookedAfterVisit(EnteredAt, true, true)).ShouldAppend(new LookedAfterVisitMade(1, EnteredAt, true, true));

    [Fact]
    public void Cannot_be_made_before_the_period_of_care_began() =>
        Given(InCare()).When(new RecordLookedAfterVisit(EnteredAt - Tick, true, true))
            .ShouldBeRefusedWith(("visitedAt", "within-the-period-of-care"));

    [Fact]
    public void In_the_second_period_cannot_be_dated_into_the_first() =>
        Given(JourneyBuilder.Child().BackInCare().Journey).When(new RecordLookedAfterVisit(ReEnteredAt - Tick, true, true))
            .ShouldBeRefusedWith(("visitedAt", "within-the-period-of-care"));

    [Fact]
    public void Made_just_inside_the_clock_skew_allowance() =>
        Given(InCare()).When(new RecordLookedAfterVisit(JustInsideSkew, true, true))
            .ShouldAppend(new LookedAfterVisitMade(1, JustInsideSkew, true, true));

    [Fact]
    public void Made_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        Given(InCare()).When(new RecordLookedAfterVisit(JustOutsideSkew, true, true)).ShouldBeRefusedWith(("visitedAt", "not-in-future"));

    [Fact]
    public void Several_problems_are_all_reported() =>
        Given(InCare()).When(new RecordLookedAfterVisit(EnteredAt - Tick, false, true)).ShouldBeRefusedWith(
            ("childSeenAlone", "seen-alone-only-if-seen"),
            ("visitedAt", "within-the-period-of-care"));
}
