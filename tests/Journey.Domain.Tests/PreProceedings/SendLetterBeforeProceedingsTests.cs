using Journey.Domain.Journeys;
using Journey.Domain.PreProceedings;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;
using static Journey.Domain.Tests.Scenarios.MoreStepsJourneys;

namespace Journey.Domain.Tests.PreProceedings;

public sealed class SendLetterBeforeProceedingsTests : EpisodeStepTests
{
    protected override Episode Episode => PreProceedingsEpisode;
    protected override string Field => "sentAt";
    protected override IJourneyCommand Step(DateTimeOffset? at) => new SendLetterBeforeProceedings(at);
    protected override IJourneyEvent Appended(int preProceedings, DateTimeOffset at) => new LetterBeforeProceedingsSent(preProceedings, at);
    protected override DateTimeOffset UsualAt => LetterAt;

    [Fact]
    public void Sends_the_letter_in_the_open_pre_proceedings() =>
        Given(Episode.Open()).When(new SendLetterBeforeProceedings(LetterAt)).ShouldAppend(new LetterBeforeProceedingsSent(1, LetterAt));

    [Fact]
    public void Sending_folds_onto_the_pre_proceedings() =>
        JourneyBuilder.Child().LetterBeforeProceedingsSent().Journey.OpenPreProceedings!.LetterSent.ShouldBeTrue();

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
