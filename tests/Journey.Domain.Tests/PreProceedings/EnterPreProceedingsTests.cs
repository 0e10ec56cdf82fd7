using Journey.Domain.Journeys;
using Journey.Domain.PreProceedings;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;
using static Journey.Domain.Tests.Scenarios.MoreStepsJourneys;

namespace Journey.Domain.Tests.PreProceedings;

public sealed class EnterPreProceedingsTests
{
    private static ChildJourney Referred() => JourneyBuilder.Child().Referred().Journey;

    [Fact]
    public void Enters_pre_proceedings_1() =>
        Given(Referred()).When(new EnterPreProceedings(PloFrom)).ShouldAppend(new PreProceedingsEntered(1, PloFrom));

    [Fact]
    public void Entering_folds_open_pre_proceedings_onto_the_journey()
    {
        var journey = JourneyBuilder.Child().InPreProceedings().Journey;

        journey.OpenPreProceedings.ShouldBe(new PreProceedingsState(1, PloFrom, null, null, null, null));
    }

    [Fact]
    public void When_it_was_decided_is_required() =>
        Given(Referred()).When(new EnterPreProceedings(null)).ShouldBeRefusedWith(("decidedAt", "required"));

    [Fact]
    public void Cannot_be_decided_in_the_future_beyond_the_clock_skew()
    {
        Given(Referred()).When(new EnterPreProceedings(JustInsideSkew)).ShouldAppend(new PreProceedingsEntered(1, JustInsideSkew));
        Given(Referred()).When(new EnterPreProceedings(JustOutsideSkew)).ShouldBeRefusedWith(("decidedAt", "not-in-future"));
    }

    [Fact]
    public void Needs_a_referral()
    {
        Given(ChildJourney.New("C1")).When(new EnterPreProceedings(PloFrom)).ShouldBeRefusedWith(("decidedAt", "pre-proceedings-needs-referral"));
        Given(JourneyBuilder.Child().ContactDecidedForAssessment().Journey).When(new EnterPreProceedings(PloFrom))
            .ShouldBeRefusedWith(("decidedAt", "pre-proceedings-needs-referral"));
    }

    [Fact]
    public void Cannot_be_dated_before_the_referral()
    {
        // Referral 1 was accepted on Day1 at 11:00.
        Given(Referred()).When(new EnterPreProceedings(ReferralAt)).ShouldAppend(new PreProceedingsEntered(1, ReferralAt));
        Given(Referred()).When(new EnterPreProceedings(Day1.AddDays(-10))).ShouldBeRefusedOn("decidedAt");
    }

    [Fact]
    public void Only_one_set_of_pre_proceedings_is_open_at_a_time() =>
        Given(JourneyBuilder.Child().InPreProceedings().Journey).When(new EnterPreProceedings(Day1.AddDays(20)))
            .ShouldBeRefusedWith(("decidedAt", "one-open-pre-proceedings"));

    [Fact]
    public void After_the_first_concluded_the_next_is_numbered_2()
    {
        var journey = JourneyBuilder.Child().AfterPreProceedings().Journey;

        Given(journey).When(new EnterPreProceedings(PloUntil)).ShouldAppend(new PreProceedingsEntered(2, PloUntil));
        Given(journey).When(new EnterPreProceedings(Day1.AddDays(50))).ShouldAppend(new PreProceedingsEntered(2, Day1.AddDays(50)));
    }

    [Fact]
    public void Cannot_be_dated_inside_earlier_pre_proceedings_that_have_concluded()
    {
        var journey = JourneyBuilder.Child().AfterPreProceedings().Journey; // 1: PloFrom .. PloUntil

        foreach (var at in new[] { PloFrom, PloFrom.AddDays(5), PloUntil - Tick })
            Given(journey).When(new EnterPreProceedings(at)).ShouldBeRefusedWith(("decidedAt", "one-open-pre-proceedings"));
    }

    [Fact]
    public void Cannot_be_dated_before_earlier_pre_proceedings_so_that_the_two_overlap()
    {
        // Pre-proceedings 1 ran from Day1 + 10 to Day1 + 30. Entered on Day1 + 5 and still open, the
        // second would have been open all through the first.
        Given(JourneyBuilder.Child().AfterPreProceedings().Journey).When(new EnterPreProceedings(Day1.AddDays(5)))
            .ShouldBeRefusedWith(("decidedAt", "one-open-pre-proceedings"));
    }

    [Fact]
    public void Not_once_the_case_is_closed()
    {
        var journey = JourneyBuilder.Child().ReferredThenClosed(Day1.AddDays(5)).Journey;

        Given(journey).When(new EnterPreProceedings(Day1.AddDays(6))).ShouldBeRefusedWith(("decidedAt", "case-open"));
    }

    [Fact]
    public void Not_dated_in_a_time_the_case_stood_closed()
    {
        var journey = JourneyBuilder.Child().ReferredThenClosed(Day1.AddDays(5)).ReferredAgain(Day1.AddDays(10)).Journey;
        var reopenedAt = Day1.AddDays(10).AddMinutes(2);

        Given(journey).When(new EnterPreProceedings(Day1.AddDays(5))).ShouldBeRefusedWith(("decidedAt", "case-open"));
        Given(journey).When(new EnterPreProceedings(reopenedAt - Tick)).ShouldBeRefusedWith(("decidedAt", "case-open"));
        Given(journey).When(new EnterPreProceedings(reopenedAt)).ShouldAppend(new PreProceedingsEntered(1, reopenedAt));
    }
}
