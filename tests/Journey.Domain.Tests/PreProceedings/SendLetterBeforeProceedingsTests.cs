using Journey.Domain.Journeys;
using Journey.Domain.PreProceedings;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;
using static Journey.Domain.Tests.Scenarios.MoreStepsJourneys;

namespace Journey.Domain.Tests.PreProceedings;

public sealed class SendLetterBeforeProceedingsTests
{
    private static ChildJourney InPreProceedings() => JourneyBuilder.Child().InPreProceedings().Journey;

    [Fact]
    public void Sends_the_letter_in_the_open_pre_proceedings() =>
        Given(InPreProceedings()).When(new SendLetterBeforeProceedings(LetterAt)).ShouldAppend(new LetterBeforeProceedingsSent(1, LetterAt));

    [Fact]
    public void Sending_folds_onto_the_pre_proceedings() =>
        JourneyBuilder.Child().LetterBeforeProceedingsSent().Journey.OpenPreProceedings!.LetterSent.ShouldBeTrue();

    [Fact]
    public void When_it_was_sent_is_required() =>
        Given(InPreProceedings()).When(new SendLetterBeforeProceedings(null)).ShouldBeRefusedWith(("sentAt", "required"));

    [Fact]
    public void Cannot_be_sent_in_the_future_beyond_the_clock_skew()
    {
        Given(InPreProceedings()).When(new SendLetterBeforeProceedings(JustInsideSkew)).ShouldAppend(new LetterBeforeProceedingsSent(1, JustInsideSkew));
        Given(InPreProceedings()).When(new SendLetterBeforeProceedings(JustOutsideSkew)).ShouldBeRefusedWith(("sentAt", "not-in-future"));
    }

    [Fact]
    public void Needs_open_pre_proceedings()
    {
        Given(JourneyBuilder.Child().Referred().Journey).When(new SendLetterBeforeProceedings(LetterAt))
            .ShouldBeRefusedWith(("sentAt", "needs-open-pre-proceedings"));
        Given(JourneyBuilder.Child().AfterPreProceedings().Journey).When(new SendLetterBeforeProceedings(Day1.AddDays(40)))
            .ShouldBeRefusedWith(("sentAt", "needs-open-pre-proceedings"));
    }

    [Fact]
    public void Cannot_be_dated_before_pre_proceedings_began()
    {
        Given(InPreProceedings()).When(new SendLetterBeforeProceedings(PloFrom)).ShouldAppend(new LetterBeforeProceedingsSent(1, PloFrom));
        Given(InPreProceedings()).When(new SendLetterBeforeProceedings(PloFrom - Tick)).ShouldBeRefusedWith(("sentAt", "within-pre-proceedings"));
    }

    [Fact]
    public void Only_one_letter_per_pre_proceedings() =>
        Given(JourneyBuilder.Child().LetterBeforeProceedingsSent().Journey).When(new SendLetterBeforeProceedings(LetterAt.AddDays(1)))
            .ShouldBeRefusedWith(("sentAt", "one-letter-before-proceedings"));

    [Fact]
    public void Later_pre_proceedings_have_their_own_letter()
    {
        var journey = JourneyBuilder.Child().LetterBeforeProceedingsSent().PreProceedingsEnded(PloUntil).PreProceedingsBegan(Day1.AddDays(40)).Journey;

        Given(journey).When(new SendLetterBeforeProceedings(Day1.AddDays(41))).ShouldAppend(new LetterBeforeProceedingsSent(2, Day1.AddDays(41)));
    }

    [Fact]
    public void Reports_every_problem_at_once() =>
        Given(JourneyBuilder.Child().LetterBeforeProceedingsSent().Journey).When(new SendLetterBeforeProceedings(PloFrom - Tick))
            .ShouldBeRefusedWith(("sentAt", "within-pre-proceedings"), ("sentAt", "one-letter-before-proceedings"));
}
