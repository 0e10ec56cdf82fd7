using Journey.Domain.Journeys;
using Journey.Domain.PreProceedings;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;
using static Journey.Domain.Tests.Scenarios.MoreStepsJourneys;

namespace Journey.Domain.Tests.PreProceedings;

public sealed class HoldPreProceedingsMeetingTests
{
    private static readonly DateTimeOffset InitialAt = PloFrom.AddDays(5);
    private static readonly DateTimeOffset ReviewAt = PloFrom.AddDays(12);

    private static ChildJourney LetterSent() => JourneyBuilder.Child().LetterBeforeProceedingsSent().Journey;
    private static ChildJourney AfterInitialMeeting() => JourneyBuilder.Child().LetterBeforeProceedingsSent().PloMeeting(InitialAt, initial: true).Journey;

    [Fact]
    public void Holds_the_initial_meeting_after_the_letter() =>
        Given(LetterSent()).When(new HoldPreProceedingsMeeting(InitialAt, true)).ShouldAppend(new PreProceedingsMeetingHeld(1, InitialAt, true));

    [Fact]
    public void The_initial_meeting_folds_onto_the_pre_proceedings() =>
        AfterInitialMeeting().OpenPreProceedings!.InitialMeetingAt.ShouldBe(InitialAt);

    [Fact]
    public void Holds_review_meetings_after_the_initial_one()
    {
        Given(AfterInitialMeeting()).When(new HoldPreProceedingsMeeting(ReviewAt, false)).ShouldAppend(new PreProceedingsMeetingHeld(1, ReviewAt, false));

        var reviewed = JourneyBuilder.Child().LetterBeforeProceedingsSent().PloMeeting(InitialAt, initial: true).PloMeeting(ReviewAt, initial: false).Journey;
        Given(reviewed).When(new HoldPreProceedingsMeeting(ReviewAt.AddDays(7), false))
            .ShouldAppend(new PreProceedingsMeetingHeld(1, ReviewAt.AddDays(7), false));
        reviewed.OpenPreProceedings!.InitialMeetingAt.ShouldBe(InitialAt);
    }

    [Fact]
    public void When_it_was_held_is_required() =>
        Given(LetterSent()).When(new HoldPreProceedingsMeeting(null, true)).ShouldBeRefusedWith(("heldAt", "required"));

    [Fact]
    public void Cannot_be_held_in_the_future_beyond_the_clock_skew()
    {
        Given(LetterSent()).When(new HoldPreProceedingsMeeting(JustInsideSkew, true)).ShouldAppend(new PreProceedingsMeetingHeld(1, JustInsideSkew, true));
        Given(LetterSent()).When(new HoldPreProceedingsMeeting(JustOutsideSkew, true)).ShouldBeRefusedWith(("heldAt", "not-in-future"));
    }

    [Fact]
    public void Whether_it_is_the_initial_meeting_is_required()
    {
        Given(LetterSent()).When(new HoldPreProceedingsMeeting(InitialAt, null)).ShouldBeRefusedWith(("isInitial", "required"));
        Given(JourneyBuilder.Child().InPreProceedings().Journey).When(new HoldPreProceedingsMeeting(InitialAt, null))
            .ShouldBeRefusedWith(("isInitial", "required"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Needs_open_pre_proceedings(bool initial)
    {
        Given(JourneyBuilder.Child().Referred().Journey).When(new HoldPreProceedingsMeeting(InitialAt, initial))
            .ShouldBeRefusedWith(("heldAt", "needs-open-pre-proceedings"));
        Given(JourneyBuilder.Child().AfterPreProceedings().Journey).When(new HoldPreProceedingsMeeting(Day1.AddDays(40), initial))
            .ShouldBeRefusedWith(("heldAt", "needs-open-pre-proceedings"));
    }

    [Fact]
    public void Cannot_be_dated_before_pre_proceedings_began()
    {
        // The letter went the instant pre-proceedings began, so only the pre-proceedings' start is at stake.
        var journey = JourneyBuilder.Child().InPreProceedings().LetterSent(PloFrom).Journey;

        Given(journey).When(new HoldPreProceedingsMeeting(PloFrom, true)).ShouldAppend(new PreProceedingsMeetingHeld(1, PloFrom, true));
        Given(journey).When(new HoldPreProceedingsMeeting(PloFrom - Tick, true)).ShouldBeRefusedWith(("heldAt", "within-pre-proceedings"));
    }

    [Fact]
    public void The_initial_meeting_follows_the_letter() =>
        Given(JourneyBuilder.Child().InPreProceedings().Journey).When(new HoldPreProceedingsMeeting(InitialAt, true))
            .ShouldBeRefusedWith(("heldAt", "meeting-after-letter"));

    [Fact]
    public void The_initial_meeting_cannot_be_dated_before_the_letter_was_sent()
    {
        // The letter went on Day1 + 12; an initial meeting on Day1 + 11 came before it.
        Given(LetterSent()).When(new HoldPreProceedingsMeeting(LetterAt, true)).ShouldAppend(new PreProceedingsMeetingHeld(1, LetterAt, true));
        Given(LetterSent()).When(new HoldPreProceedingsMeeting(LetterAt.AddDays(-1), true)).ShouldBeRefusedWith(("heldAt", "meeting-after-letter"));
    }

    [Fact]
    public void Only_one_initial_meeting() =>
        Given(AfterInitialMeeting()).When(new HoldPreProceedingsMeeting(ReviewAt, true)).ShouldBeRefusedWith(("isInitial", "one-initial-meeting"));

    [Fact]
    public void A_review_meeting_follows_the_initial_one()
    {
        Given(LetterSent()).When(new HoldPreProceedingsMeeting(ReviewAt, false)).ShouldBeRefusedWith(("isInitial", "review-after-initial-meeting"));
        Given(JourneyBuilder.Child().InPreProceedings().Journey).When(new HoldPreProceedingsMeeting(ReviewAt, false))
            .ShouldBeRefusedWith(("isInitial", "review-after-initial-meeting"));
    }

    [Fact]
    public void A_review_meeting_cannot_be_dated_before_the_initial_one()
    {
        // The initial meeting was on Day1 + 15; a review on Day1 + 14 came before it.
        Given(AfterInitialMeeting()).When(new HoldPreProceedingsMeeting(InitialAt, false)).ShouldAppend(new PreProceedingsMeetingHeld(1, InitialAt, false));
        Given(AfterInitialMeeting()).When(new HoldPreProceedingsMeeting(InitialAt.AddDays(-1), false)).ShouldBeRefusedOn("heldAt");
    }

    [Fact]
    public void Later_pre_proceedings_have_their_own_initial_meeting()
    {
        var journey = JourneyBuilder.Child().LetterBeforeProceedingsSent().PloMeeting(InitialAt, initial: true).PreProceedingsEnded(PloUntil)
            .PreProceedingsBegan(Day1.AddDays(40)).LetterSent(Day1.AddDays(41)).Journey;

        Given(journey).When(new HoldPreProceedingsMeeting(Day1.AddDays(42), true)).ShouldAppend(new PreProceedingsMeetingHeld(2, Day1.AddDays(42), true));
        Given(journey).When(new HoldPreProceedingsMeeting(Day1.AddDays(42), false)).ShouldBeRefusedWith(("isInitial", "review-after-initial-meeting"));
    }

    [Fact]
    public void A_letter_in_earlier_pre_proceedings_does_not_count()
    {
        var journey = JourneyBuilder.Child().LetterBeforeProceedingsSent().PreProceedingsEnded(PloUntil).PreProceedingsBegan(Day1.AddDays(40)).Journey;

        Given(journey).When(new HoldPreProceedingsMeeting(Day1.AddDays(42), true)).ShouldBeRefusedWith(("heldAt", "meeting-after-letter"));
    }
}
