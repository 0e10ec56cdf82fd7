using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Permanence;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.LookedAfterJourneys;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Permanence;

public sealed class RecordLookedAfterReviewNotHeldTests
{
    private const string Reason = "Independent reviewing officer unwell";
    private static readonly DateTimeOffset DueAt = EnteredAt.AddDays(20);

    private static ChildJourney InCare() => JourneyBuilder.Child().InCare().Journey;

    [Fact]
    public void Records_the_review_not_held_and_why() =>
        Given(InCare()).When(new RecordLookedAfterReviewNotHeld(DueAt, Reason)).ShouldAppend(new LookedAfterReviewNotHeld(1, DueAt, Reason));

    [Fact]
    public void When_it_was_due_is_required() =>
        Given(InCare()).When(new RecordLookedAfterReviewNotHeld(null, Reason)).ShouldBeRefusedWith(("dueAt", "required"));

    [Fact]
    public void Cannot_be_due_in_the_future_beyond_the_clock_skew()
    {
        Given(InCare()).When(new RecordLookedAfterReviewNotHeld(JustInsideSkew, Reason)).ShouldAppend(new LookedAfterReviewNotHeld(1, JustInsideSkew, Reason));
        Given(InCare()).When(new RecordLookedAfterReviewNotHeld(JustOutsideSkew, Reason)).ShouldBeRefusedWith(("dueAt", "not-in-future"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void The_reason_is_required(string? reason) =>
        Given(InCare()).When(new RecordLookedAfterReviewNotHeld(DueAt, reason)).ShouldBeRefusedWith(("reason", "required"));

    [Fact]
    public void The_reason_is_at_most_2000_characters()
    {
        Given(InCare()).When(new RecordLookedAfterReviewNotHeld(DueAt, new string('r', 2000))).ShouldBeAccepted();
        Given(InCare()).When(new RecordLookedAfterReviewNotHeld(DueAt, new string('r', 2001))).ShouldBeRefusedWith(("reason", "max-length"));
    }

    [Fact]
    public void Needs_the_child_in_care()
    {
        Given(JourneyBuilder.Child().Contacted().Journey).When(new RecordLookedAfterReviewNotHeld(DueAt, Reason))
            .ShouldBeRefusedWith(("dueAt", "needs-child-in-care"));
        Given(JourneyBuilder.Child().CareLeaver().Journey).When(new RecordLookedAfterReviewNotHeld(LeftAt.AddDays(1), Reason))
            .ShouldBeRefusedWith(("dueAt", "needs-child-in-care"));
    }

    [Fact]
    public void Cannot_be_dated_before_the_child_entered_care()
    {
        Given(InCare()).When(new RecordLookedAfterReviewNotHeld(EnteredAt, Reason)).ShouldAppend(new LookedAfterReviewNotHeld(1, EnteredAt, Reason));
        Given(InCare()).When(new RecordLookedAfterReviewNotHeld(EnteredAt - Tick, Reason)).ShouldBeRefusedWith(("dueAt", "within-the-period-of-care"));
    }

    [Fact]
    public void Leaving_care_cannot_be_dated_before_it()
    {
        var journey = JourneyBuilder.Child().InCare().Apply(new RecordLookedAfterReviewNotHeld(DueAt, Reason)).Journey;

        Given(journey).When(new LeaveCare(DueAt - Tick, "E4A")).ShouldBeRefusedWith(("leftAt", "after-the-last-step-in-care"));
    }
}
