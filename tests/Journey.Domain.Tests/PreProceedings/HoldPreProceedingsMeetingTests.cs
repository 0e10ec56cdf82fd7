using Journey.Domain.Journeys;
using Journey.Domain.PreProceedings;
using Journey.Domain.Tests.Given;
using static Journey.Domain.Tests.Given.MoreStepsJourneys;
using static Journey.Domain.Tests.Given.Moments;

namespace Journey.Domain.Tests.PreProceedings;

public sealed class HoldPreProceedingsMeetingTests
{
    private static readonly DateTimeOffset InitialAt = PloFrom.AddDays(5);
    private static readonly DateTimeOffset ReviewAt = PloFrom.AddDays(12);

    private static ChildJourney LetterSent() => JourneyBuilder.Child().LetterBeforeProceedingsSent().Journey;
    private static ChildJourney AfterInitialMeeting() => JourneyBuilder.Child().LetterBeforeProceedingsSent().PloMeeting(InitialAt, initial: true).Journey;

    [Fact]
    public void Holds_the_initial_meeting_after_the_letter() =>
        new HoldPreProceedingsMeeting(InitialAt, true).Decide(LetterSent(), Now).ShouldAppend(new PreProceedingsMeetingHeld(1, InitialAt, true));

    [Fact]
    public void The_initial_meeting_folds_onto_the_pre_proceedings() =>
        AfterInitialMeeting().OpenPreProceedings!.InitialMeetingAt.ShouldBe(InitialAt);

    [Fact]
    public void Holds_review_meetings_after_the_initial_one()
    {
        new HoldPreProceedingsMeeting(ReviewAt, false).Decide(AfterInitialMeeting(), Now).ShouldAppend(new PreProceedingsMeetingHeld(1, ReviewAt, false));

        var reviewed = JourneyBuilder.Child().LetterBeforeProceedingsSent().PloMeeting(InitialAt, initial: true).PloMeeting(ReviewAt, initial: false).Journey;
        new HoldPreProceedingsMeeting(ReviewAt.AddDays(7), false).Decide(reviewed, Now)
            .ShouldAppend(new PreProceedingsMeetingHeld(1, ReviewAt.AddDays(7), false));
        reviewed.OpenPreProceedings!.InitialMeetingAt.ShouldBe(InitialAt);
    }

    [Fact]
    public void When_it_was_held_is_required() =>
        new HoldPreProceedingsMeeting(null, true).Decide(LetterSent(), Now).ShouldBeRefusedWith(("heldAt", "required"));

    [Fact]
    public void Cannot_be_held_in_the_future_beyond_the_clock_skew()
    {
        new HoldPreProceedingsMeeting(JustInsideSkew, true).Decide(LetterSent(), Now).ShouldAppend(new PreProceedingsMeetingHeld(1, JustInsideSkew, true));
        new HoldPreProceedingsMeeting(JustOutsideSkew, true).Decide(LetterSent(), Now).ShouldBeRefusedWith(("heldAt", "not-in-future"));
    }

    [Fact]
    public void Whether_it_is_the_initial_meeting_is_required()
    {
        new HoldPreProceedingsMeeting(InitialAt, null).Decide(LetterSent(), Now).ShouldBeRefusedWith(("isInitial", "required"));
        new HoldPreProceedingsMeeting(InitialAt, null).Decide(JourneyBuilder.Child().InPreProceedings().Journey, Now)
            .ShouldBeRefusedWith(("isInitial", "required"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Needs_open_pre_proceedings(bool initial)
    {
        new HoldPreProceedingsMeeting(InitialAt, initial).Decide(JourneyBuilder.Child().Referred().Journey, Now)
            .ShouldBeRefusedWith(("heldAt", "needs-open-pre-proceedings"));
        new HoldPreProceedingsMeeting(Day1.AddDays(40), initial).Decide(JourneyBuilder.Child().AfterPreProceedings().Journey, Now)
            .ShouldBeRefusedWith(("heldAt", "needs-open-pre-proceedings"));
    }

    [Fact]
    public void Cannot_be_dated_before_pre_proceedings_began()
    {
        // The letter went the instant pre-proceedings began, so only the pre-proceedings' start is at stake.
        var journey = JourneyBuilder.Child().InPreProceedings().LetterSent(PloFrom).Journey;

        new HoldPreProceedingsMeeting(PloFrom, true).Decide(journey, Now).ShouldAppend(new PreProceedingsMeetingHeld(1, PloFrom, true));
        new HoldPreProceedingsMeeting(PloFrom - Tick, true).Decide(journey, Now).ShouldBeRefusedWith(("heldAt", "within-pre-proceedings"));
    }

    [Fact]
    public void The_initial_meeting_follows_the_letter() =>
        new HoldPreProceedingsMeeting(InitialAt, true).Decide(JourneyBuilder.Child().InPreProceedings().Journey, Now)
            .ShouldBeRefusedWith(("heldAt", "meeting-after-letter"));

    [Fact]
    public void The_initial_meeting_cannot_be_dated_before_the_letter_was_sent()
    {
        // The letter went on Day1 + 12; an initial meeting on Day1 + 11 came before it.
        new HoldPreProceedingsMeeting(LetterAt, true).Decide(LetterSent(), Now).ShouldAppend(new PreProceedingsMeetingHeld(1, LetterAt, true));
        new HoldPreProceedingsMeeting(LetterAt.AddDays(-1), true).Decide(LetterSent(), Now).ShouldBeRefusedWith(("heldAt", "meeting-after-letter"));
    }

    [Fact]
    public void Only_one_initial_meeting() =>
        new HoldPreProceedingsMeeting(ReviewAt, true).Decide(AfterInitialMeeting(), Now).ShouldBeRefusedWith(("isInitial", "one-initial-meeting"));

    [Fact]
    public void A_review_meeting_follows_the_initial_one()
    {
        new HoldPreProceedingsMeeting(ReviewAt, false).Decide(LetterSent(), Now).ShouldBeRefusedWith(("isInitial", "review-after-initial-meeting"));
        new HoldPreProceedingsMeeting(ReviewAt, false).Decide(JourneyBuilder.Child().InPreProceedings().Journey, Now)
            .ShouldBeRefusedWith(("isInitial", "review-after-initial-meeting"));
    }

    [Fact]
    public void A_review_meeting_cannot_be_dated_before_the_initial_one()
    {
        // The initial meeting was on Day1 + 15; a review on Day1 + 14 came before it.
        new HoldPreProceedingsMeeting(InitialAt, false).Decide(AfterInitialMeeting(), Now).ShouldAppend(new PreProceedingsMeetingHeld(1, InitialAt, false));
        new HoldPreProceedingsMeeting(InitialAt.AddDays(-1), false).Decide(AfterInitialMeeting(), Now).ShouldBeRefusedOn("heldAt");
    }

    [Fact]
    public void Later_pre_proceedings_have_their_own_initial_meeting()
    {
        var journey = JourneyBuilder.Child().LetterBeforeProceedingsSent().PloMeeting(InitialAt, initial: true).PreProceedingsEnded(PloUntil)
            .PreProceedingsBegan(Day1.AddDays(40)).LetterSent(Day1.AddDays(41)).Journey;

        new HoldPreProceedingsMeeting(Day1.AddDays(42), true).Decide(journey, Now).ShouldAppend(new PreProceedingsMeetingHeld(2, Day1.AddDays(42), true));
        new HoldPreProceedingsMeeting(Day1.AddDays(42), false).Decide(journey, Now).ShouldBeRefusedWith(("isInitial", "review-after-initial-meeting"));
    }

    [Fact]
    public void A_letter_in_earlier_pre_proceedings_does_not_count()
    {
        var journey = JourneyBuilder.Child().LetterBeforeProceedingsSent().PreProceedingsEnded(PloUntil).PreProceedingsBegan(Day1.AddDays(40)).Journey;

        new HoldPreProceedingsMeeting(Day1.AddDays(42), true).Decide(journey, Now).ShouldBeRefusedWith(("heldAt", "meeting-after-letter"));
    }
}
