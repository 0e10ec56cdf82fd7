using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Tests.Given;
using static Journey.Domain.Tests.Given.LookedAfterJourneys;
using static Journey.Domain.Tests.Given.Moments;

namespace Journey.Domain.Tests.LookedAfter;

public sealed class HoldLookedAfterReviewTests
{
    private static readonly DateTimeOffset HeldAt = EnteredAt.AddDays(20);

    private static ChildJourney InCare() => JourneyBuilder.Child().InCarePlaced().Journey;

    [Fact]
    public void Records_the_review_with_the_childs_participation() =>
        new HoldLookedAfterReview(HeldAt, "PN1").Decide(InCare(), Now).ShouldAppend(new LookedAfterReviewHeld(1, HeldAt, "PN1"));

    [Fact]
    public void Reviews_are_not_numbered_and_may_repeat()
    {
        var journey = JourneyBuilder.Child().InCarePlaced().Reviewed(HeldAt, "PN1").Journey;
        var next = HeldAt.AddDays(60);

        new HoldLookedAfterReview(next, "PN5").Decide(journey, Now).ShouldAppend(new LookedAfterReviewHeld(1, next, "PN5"));
    }

    [Fact]
    public void In_the_second_period_of_care_it_is_held_in_period_two()
    {
        var at = ReEnteredAt.AddDays(20);

        new HoldLookedAfterReview(at, "PN2").Decide(JourneyBuilder.Child().BackInCare().Journey, Now)
            .ShouldAppend(new LookedAfterReviewHeld(2, at, "PN2"));
    }

    [Theory]
    [InlineData("PN0")]
    [InlineData("PN1")]
    [InlineData("PN2")]
    [InlineData("PN3")]
    [InlineData("PN4")]
    [InlineData("PN5")]
    [InlineData("PN6")]
    [InlineData("PN7")]
    public void Accepts_every_SSDA903_participation_code(string participation) =>
        new HoldLookedAfterReview(HeldAt, participation).Decide(InCare(), Now).ShouldAppend(new LookedAfterReviewHeld(1, HeldAt, participation));

    [Theory]
    [InlineData("PN8")]
    [InlineData("pn1")]
    [InlineData("PN")]
    [InlineData("1")]
    [InlineData(" PN1")]
    [InlineData("Attended")]
    [InlineData("")]
    public void Refuses_participation_outside_the_SSDA903_list(string participation)
    {
        var decision = new HoldLookedAfterReview(HeldAt, participation).Decide(InCare(), Now);

        decision.ShouldBeRefusedWith(("participation", "ssda903-review-participation"));
        decision.MessageFor("ssda903-review-participation").ShouldContain($"'{participation}'");
    }

    [Fact]
    public void Participation_is_required() =>
        new HoldLookedAfterReview(HeldAt, null).Decide(InCare(), Now).ShouldBeRefusedWith(("participation", "required"));

    [Fact]
    public void Everything_missing_is_reported_at_once() =>
        new HoldLookedAfterReview(null, null).Decide(ChildJourney.New("C1"), Now).ShouldBeRefusedWith(
            ("heldAt", "required"),
            ("participation", "required"),
            ("heldAt", "needs-child-in-care"));

    [Fact]
    public void Needs_the_child_in_care()
    {
        new HoldLookedAfterReview(HeldAt, "PN1").Decide(JourneyBuilder.Child().Contacted().Journey, Now)
            .ShouldBeRefusedWith(("heldAt", "needs-child-in-care"));
        new HoldLookedAfterReview(LeftAt.AddDays(1), "PN1").Decide(JourneyBuilder.Child().CareLeaver().Journey, Now)
            .ShouldBeRefusedWith(("heldAt", "needs-child-in-care"));
    }

    [Fact]
    public void May_be_held_at_the_instant_the_child_entered_care() =>
        new HoldLookedAfterReview(EnteredAt, "PN0").Decide(InCare(), Now).ShouldAppend(new LookedAfterReviewHeld(1, EnteredAt, "PN0"));

    [Fact]
    public void Cannot_be_held_before_the_period_of_care_began() =>
        new HoldLookedAfterReview(EnteredAt - Tick, "PN0").Decide(InCare(), Now)
            .ShouldBeRefusedWith(("heldAt", "within-the-period-of-care"));

    [Fact]
    public void In_the_second_period_cannot_be_dated_into_the_first() =>
        new HoldLookedAfterReview(Day1.AddDays(20), "PN1").Decide(JourneyBuilder.Child().BackInCare().Journey, Now)
            .ShouldBeRefusedWith(("heldAt", "within-the-period-of-care"));

    [Fact]
    public void Held_just_inside_the_clock_skew_allowance() =>
        new HoldLookedAfterReview(JustInsideSkew, "PN1").Decide(InCare(), Now).ShouldAppend(new LookedAfterReviewHeld(1, JustInsideSkew, "PN1"));

    [Fact]
    public void Held_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        new HoldLookedAfterReview(JustOutsideSkew, "PN1").Decide(InCare(), Now).ShouldBeRefusedWith(("heldAt", "not-in-future"));

    [Fact]
    public void Several_problems_are_all_reported() =>
        new HoldLookedAfterReview(EnteredAt - Tick, "PN9").Decide(InCare(), Now).ShouldBeRefusedWith(
            ("participation", "ssda903-review-participation"),
            ("heldAt", "within-the-period-of-care"));
}
