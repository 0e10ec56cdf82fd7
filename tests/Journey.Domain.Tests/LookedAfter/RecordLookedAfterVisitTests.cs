using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Tests.Given;
using static Journey.Domain.Tests.Given.LookedAfterJourneys;
using static Journey.Domain.Tests.Given.Moments;

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
        new RecordLookedAfterVisit(VisitedAt, seen, alone).Decide(InCare(), Now)
            .ShouldAppend(new LookedAfterVisitMade(1, VisitedAt, seen, alone));

    [Fact]
    public void A_child_not_seen_cannot_have_been_seen_alone() =>
        new RecordLookedAfterVisit(VisitedAt, false, true).Decide(InCare(), Now)
            .ShouldBeRefusedWith(("childSeenAlone", "seen-alone-only-if-seen"));

    [Fact]
    public void In_the_second_period_of_care_it_is_recorded_in_period_two()
    {
        var at = ReEnteredAt.AddDays(3);

        new RecordLookedAfterVisit(at, true, false).Decide(JourneyBuilder.Child().BackInCare().Journey, Now)
            .ShouldAppend(new LookedAfterVisitMade(2, at, true, false));
    }

    [Fact]
    public void Everything_missing_is_reported_at_once() =>
        new RecordLookedAfterVisit(null, null, null).Decide(ChildJourney.New("C1"), Now).ShouldBeRefusedWith(
            ("visitedAt", "required"),
            ("childSeen", "required"),
            ("childSeenAlone", "required"),
            ("visitedAt", "needs-child-in-care"));

    [Fact]
    public void Whether_seen_and_whether_seen_alone_are_each_required()
    {
        new RecordLookedAfterVisit(VisitedAt, null, false).Decide(InCare(), Now).ShouldBeRefusedWith(("childSeen", "required"));
        new RecordLookedAfterVisit(VisitedAt, true, null).Decide(InCare(), Now).ShouldBeRefusedWith(("childSeenAlone", "required"));
        new RecordLookedAfterVisit(VisitedAt, null, true).Decide(InCare(), Now).ShouldBeRefusedWith(("childSeen", "required"));
    }

    [Fact]
    public void Needs_the_child_in_care()
    {
        new RecordLookedAfterVisit(VisitedAt, true, true).Decide(JourneyBuilder.Child().Contacted().Journey, Now)
            .ShouldBeRefusedWith(("visitedAt", "needs-child-in-care"));
        new RecordLookedAfterVisit(LeftAt.AddDays(1), true, true).Decide(JourneyBuilder.Child().CareLeaver().Journey, Now)
            .ShouldBeRefusedWith(("visitedAt", "needs-child-in-care"));
    }

    [Fact]
    public void May_be_made_at_the_instant_the_child_entered_care() =>
        new RecordLookedAfterVisit(EnteredAt, true, true).Decide(InCare(), Now).ShouldAppend(new LookedAfterVisitMade(1, EnteredAt, true, true));

    [Fact]
    public void Cannot_be_made_before_the_period_of_care_began() =>
        new RecordLookedAfterVisit(EnteredAt - Tick, true, true).Decide(InCare(), Now)
            .ShouldBeRefusedWith(("visitedAt", "within-the-period-of-care"));

    [Fact]
    public void In_the_second_period_cannot_be_dated_into_the_first() =>
        new RecordLookedAfterVisit(ReEnteredAt - Tick, true, true).Decide(JourneyBuilder.Child().BackInCare().Journey, Now)
            .ShouldBeRefusedWith(("visitedAt", "within-the-period-of-care"));

    [Fact]
    public void Made_just_inside_the_clock_skew_allowance() =>
        new RecordLookedAfterVisit(JustInsideSkew, true, true).Decide(InCare(), Now)
            .ShouldAppend(new LookedAfterVisitMade(1, JustInsideSkew, true, true));

    [Fact]
    public void Made_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        new RecordLookedAfterVisit(JustOutsideSkew, true, true).Decide(InCare(), Now).ShouldBeRefusedWith(("visitedAt", "not-in-future"));

    [Fact]
    public void Several_problems_are_all_reported() =>
        new RecordLookedAfterVisit(EnteredAt - Tick, false, true).Decide(InCare(), Now).ShouldBeRefusedWith(
            ("childSeenAlone", "seen-alone-only-if-seen"),
            ("visitedAt", "within-the-period-of-care"));
}
