using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.LookedAfterJourneys;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.LookedAfter;

public sealed class HoldLookedAfterReviewTests : PeriodOfCareStepTests
{
    private static readonly DateTimeOffset HeldAt = EnteredAt.AddDays(20);

    protected override string Field => "heldAt";
    protected override IJourneyCommand Step(DateTimeOffset? at) => new HoldLookedAfterReview(at, "PN1");
    protected override IJourneyEvent Appended(int period, DateTimeOffset at) => new LookedAfterReviewHeld(period, at, "PN1");
    protected override DateTimeOffset UsualAt => HeldAt;
    protected override DateTimeOffset IntoTheFirstPeriod => Day1.AddDays(20);

    [Fact]
    public void Records_the_review_with_the_childs_participation() =>
        Given(InCare()).When(new HoldLookedAfterReview(HeldAt, "PN1")).ShouldAppend(new LookedAfterReviewHeld(1, HeldAt, "PN1"));

    [Fact]
    public void Reviews_are_not_numbered_and_may_repeat()
    {
        var journey = JourneyBuilder.Child().InCarePlaced().Reviewed(HeldAt, "PN1").Journey;
        var next = HeldAt.AddDays(60);

        Given(journey).When(new HoldLookedAfterReview(next, "PN5")).ShouldAppend(new LookedAfterReviewHeld(1, next, "PN5"));
    }

    [Fact]
    public void In_the_second_period_of_care_it_is_held_in_period_two()
    {
        var at = ReEnteredAt.AddDays(20);

        Given(JourneyBuilder.Child().BackInCare().Journey).When(new HoldLookedAfterReview(at, "PN2"))
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
        Given(InCare()).When(new HoldLookedAfterReview(HeldAt, participation)).ShouldAppend(new LookedAfterReviewHeld(1, HeldAt, participation));

    [Theory]
    [InlineData("PN8")]
    [InlineData("pn1")]
    [InlineData("PN")]
    [InlineData("1")]
    [InlineData(" PN1")]
    [InlineData("Attended")]
    [InlineData("")]
    public void Refuses_participation_outside_the_SSDA903_list(string participation) =>
        ShouldRefuseTheCode(new HoldLookedAfterReview(HeldAt, participation), "participation", "ssda903-review-participation", participation);

    [Fact]
    public void Participation_is_required() =>
        Given(InCare()).When(new HoldLookedAfterReview(HeldAt, null)).ShouldBeRefusedWith(("participation", "required"));

    [Fact]
    public void Everything_missing_is_reported_at_once() =>
        Given(ChildJourney.New("C1")).When(new HoldLookedAfterReview(null, null)).ShouldBeRefusedWith(
            ("heldAt", "required"),
            ("participation", "required"),
            ("heldAt", "needs-child-in-care"));

    [Fact]
    public void Several_problems_are_all_reported() =>
        Given(InCare()).When(new HoldLookedAfterReview(EnteredAt - Tick, "PN9")).ShouldBeRefusedWith(
            ("participation", "ssda903-review-participation"),
            ("heldAt", "within-the-period-of-care"));
}
