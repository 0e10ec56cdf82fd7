using Journey.Domain.Journeys;
using Journey.Domain.PreProceedings;
using Journey.Domain.Tests.Given;
using static Journey.Domain.Tests.Given.MoreStepsJourneys;
using static Journey.Domain.Tests.Given.Moments;

namespace Journey.Domain.Tests.PreProceedings;

public sealed class SendLetterBeforeProceedingsTests
{
    private static ChildJourney InPreProceedings() => JourneyBuilder.Child().InPreProceedings().Journey;

    [Fact]
    public void Sends_the_letter_in_the_open_pre_proceedings() =>
        new SendLetterBeforeProceedings(LetterAt).Decide(InPreProceedings(), Now).ShouldAppend(new LetterBeforeProceedingsSent(1, LetterAt));

    [Fact]
    public void Sending_folds_onto_the_pre_proceedings() =>
        JourneyBuilder.Child().LetterBeforeProceedingsSent().Journey.OpenPreProceedings!.LetterSent.ShouldBeTrue();

    [Fact]
    public void When_it_was_sent_is_required() =>
        new SendLetterBeforeProceedings(null).Decide(InPreProceedings(), Now).ShouldBeRefusedWith(("sentAt", "required"));

    [Fact]
    public void Cannot_be_sent_in_the_future_beyond_the_clock_skew()
    {
        new SendLetterBeforeProceedings(JustInsideSkew).Decide(InPreProceedings(), Now).ShouldAppend(new LetterBeforeProceedingsSent(1, JustInsideSkew));
        new SendLetterBeforeProceedings(JustOutsideSkew).Decide(InPreProceedings(), Now).ShouldBeRefusedWith(("sentAt", "not-in-future"));
    }

    [Fact]
    public void Needs_open_pre_proceedings()
    {
        new SendLetterBeforeProceedings(LetterAt).Decide(JourneyBuilder.Child().Referred().Journey, Now)
            .ShouldBeRefusedWith(("sentAt", "needs-open-pre-proceedings"));
        new SendLetterBeforeProceedings(Day1.AddDays(40)).Decide(JourneyBuilder.Child().AfterPreProceedings().Journey, Now)
            .ShouldBeRefusedWith(("sentAt", "needs-open-pre-proceedings"));
    }

    [Fact]
    public void Cannot_be_dated_before_pre_proceedings_began()
    {
        new SendLetterBeforeProceedings(PloFrom).Decide(InPreProceedings(), Now).ShouldAppend(new LetterBeforeProceedingsSent(1, PloFrom));
        new SendLetterBeforeProceedings(PloFrom - Tick).Decide(InPreProceedings(), Now).ShouldBeRefusedWith(("sentAt", "within-pre-proceedings"));
    }

    [Fact]
    public void Only_one_letter_per_pre_proceedings() =>
        new SendLetterBeforeProceedings(LetterAt.AddDays(1)).Decide(JourneyBuilder.Child().LetterBeforeProceedingsSent().Journey, Now)
            .ShouldBeRefusedWith(("sentAt", "one-letter-before-proceedings"));

    [Fact]
    public void Later_pre_proceedings_have_their_own_letter()
    {
        var journey = JourneyBuilder.Child().LetterBeforeProceedingsSent().PreProceedingsEnded(PloUntil).PreProceedingsBegan(Day1.AddDays(40)).Journey;

        new SendLetterBeforeProceedings(Day1.AddDays(41)).Decide(journey, Now).ShouldAppend(new LetterBeforeProceedingsSent(2, Day1.AddDays(41)));
    }

    [Fact]
    public void Reports_every_problem_at_once() =>
        new SendLetterBeforeProceedings(PloFrom - Tick).Decide(JourneyBuilder.Child().LetterBeforeProceedingsSent().Journey, Now)
            .ShouldBeRefusedWith(("sentAt", "within-pre-proceedings"), ("sentAt", "one-letter-before-proceedings"));
}
