using Journey.Domain.Journeys;
using Journey.Domain.Proceedings;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;
using static Journey.Domain.Tests.Scenarios.MoreStepsJourneys;

namespace Journey.Domain.Tests.Proceedings;

public sealed class IssueCareProceedingsTests
{
    private static ChildJourney Contacted() => JourneyBuilder.Child().Contact(Day1).Journey;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Issues_proceedings_1(bool emergency) =>
        Given(Contacted()).When(new IssueCareProceedings(IssuedFrom, emergency)).ShouldAppend(new CareProceedingsIssued(1, IssuedFrom, emergency));

    [Fact]
    public void Issuing_folds_proceedings_under_way_onto_the_journey() =>
        JourneyBuilder.Child().InProceedings().Journey.OpenProceedings.ShouldBe(new ProceedingsState(1, IssuedFrom, null));

    [Fact]
    public void When_they_were_issued_is_required() =>
        Given(Contacted()).When(new IssueCareProceedings(null, false)).ShouldBeRefusedWith(("issuedAt", "required"));

    [Fact]
    public void Cannot_be_issued_in_the_future_beyond_the_clock_skew()
    {
        Given(Contacted()).When(new IssueCareProceedings(JustInsideSkew, false)).ShouldAppend(new CareProceedingsIssued(1, JustInsideSkew, false));
        Given(Contacted()).When(new IssueCareProceedings(JustOutsideSkew, false)).ShouldBeRefusedWith(("issuedAt", "not-in-future"));
    }

    [Fact]
    public void Whether_it_is_an_emergency_is_required() =>
        Given(Contacted()).When(new IssueCareProceedings(IssuedFrom, null)).ShouldBeRefusedWith(("emergency", "required"));

    [Fact]
    public void Needs_a_contact() =>
        Given(ChildJourney.New("C1")).When(new IssueCareProceedings(IssuedFrom, true)).ShouldBeRefusedWith(("issuedAt", "proceedings-need-contact"));

    [Fact]
    public void Cannot_be_dated_before_the_contact()
    {
        // The first contact was received on Day1 at 09:00.
        Given(Contacted()).When(new IssueCareProceedings(Day1, true)).ShouldAppend(new CareProceedingsIssued(1, Day1, true));
        Given(Contacted()).When(new IssueCareProceedings(Day1.AddDays(-1), true)).ShouldBeRefusedOn("issuedAt");
    }

    [Fact]
    public void Only_one_set_of_proceedings_at_a_time() =>
        Given(JourneyBuilder.Child().InProceedings().Journey).When(new IssueCareProceedings(Day1.AddDays(40), false))
            .ShouldBeRefusedWith(("issuedAt", "one-set-of-proceedings"));

    [Fact]
    public void After_a_final_order_the_next_set_is_numbered_2()
    {
        var journey = JourneyBuilder.Child().AfterProceedings().Journey;

        Given(journey).When(new IssueCareProceedings(FinalOrderAt, false)).ShouldAppend(new CareProceedingsIssued(2, FinalOrderAt, false));
        Given(journey).When(new IssueCareProceedings(Day1.AddDays(70), true)).ShouldAppend(new CareProceedingsIssued(2, Day1.AddDays(70), true));
    }

    [Fact]
    public void Cannot_be_dated_inside_earlier_proceedings()
    {
        var journey = JourneyBuilder.Child().AfterProceedings().Journey; // 1: IssuedFrom .. FinalOrderAt

        foreach (var at in new[] { IssuedFrom, IssuedFrom.AddDays(10), FinalOrderAt - Tick })
            Given(journey).When(new IssueCareProceedings(at, false)).ShouldBeRefusedWith(("issuedAt", "one-set-of-proceedings"));
    }

    [Fact]
    public void Cannot_be_dated_before_earlier_proceedings_so_that_the_two_overlap()
    {
        // Proceedings 1 ran from Day1 + 35 to Day1 + 60. Issued on Day1 + 20 and still under way,
        // the second set would have been under way all through the first.
        Given(JourneyBuilder.Child().AfterProceedings().Journey).When(new IssueCareProceedings(Day1.AddDays(20), false))
            .ShouldBeRefusedWith(("issuedAt", "one-set-of-proceedings"));
    }
}
