using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Permanence;
using Journey.Domain.Tests.Given;
using static Journey.Domain.Tests.Given.LookedAfterJourneys;
using static Journey.Domain.Tests.Given.Moments;

namespace Journey.Domain.Tests.Permanence;

public sealed class RecordLookedAfterReviewNotHeldTests
{
    private const string Reason = "Independent reviewing officer unwell";
    private static readonly DateTimeOffset DueAt = EnteredAt.AddDays(20);

    private static ChildJourney InCare() => JourneyBuilder.Child().InCare().Journey;

    [Fact]
    public void Records_the_review_not_held_and_why() =>
        new RecordLookedAfterReviewNotHeld(DueAt, Reason).Decide(InCare(), Now).ShouldAppend(new LookedAfterReviewNotHeld(1, DueAt, Reason));

    [Fact]
    public void When_it_was_due_is_required() =>
        new RecordLookedAfterReviewNotHeld(null, Reason).Decide(InCare(), Now).ShouldBeRefusedWith(("dueAt", "required"));

    [Fact]
    public void Cannot_be_due_in_the_future_beyond_the_clock_skew()
    {
        new RecordLookedAfterReviewNotHeld(JustInsideSkew, Reason).Decide(InCare(), Now).ShouldAppend(new LookedAfterReviewNotHeld(1, JustInsideSkew, Reason));
        new RecordLookedAfterReviewNotHeld(JustOutsideSkew, Reason).Decide(InCare(), Now).ShouldBeRefusedWith(("dueAt", "not-in-future"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void The_reason_is_required(string? reason) =>
        new RecordLookedAfterReviewNotHeld(DueAt, reason).Decide(InCare(), Now).ShouldBeRefusedWith(("reason", "required"));

    [Fact]
    public void The_reason_is_at_most_2000_characters()
    {
        new RecordLookedAfterReviewNotHeld(DueAt, new string('r', 2000)).Decide(InCare(), Now).ShouldBeAccepted();
        new RecordLookedAfterReviewNotHeld(DueAt, new string('r', 2001)).Decide(InCare(), Now).ShouldBeRefusedWith(("reason", "max-length"));
    }

    [Fact]
    public void Needs_the_child_in_care()
    {
        new RecordLookedAfterReviewNotHeld(DueAt, Reason).Decide(JourneyBuilder.Child().Contacted().Journey, Now)
            .ShouldBeRefusedWith(("dueAt", "needs-child-in-care"));
        new RecordLookedAfterReviewNotHeld(LeftAt.AddDays(1), Reason).Decide(JourneyBuilder.Child().CareLeaver().Journey, Now)
            .ShouldBeRefusedWith(("dueAt", "needs-child-in-care"));
    }

    [Fact]
    public void Cannot_be_dated_before_the_child_entered_care()
    {
        new RecordLookedAfterReviewNotHeld(EnteredAt, Reason).Decide(InCare(), Now).ShouldAppend(new LookedAfterReviewNotHeld(1, EnteredAt, Reason));
        new RecordLookedAfterReviewNotHeld(EnteredAt - Tick, Reason).Decide(InCare(), Now).ShouldBeRefusedWith(("dueAt", "within-the-period-of-care"));
    }

    [Fact]
    public void Leaving_care_cannot_be_dated_before_it()
    {
        var journey = JourneyBuilder.Child().InCare().Apply(new RecordLookedAfterReviewNotHeld(DueAt, Reason)).Journey;

        new LeaveCare(DueAt - Tick, "E4A").Decide(journey, Now).ShouldBeRefusedWith(("leftAt", "after-the-last-step-in-care"));
    }
}
