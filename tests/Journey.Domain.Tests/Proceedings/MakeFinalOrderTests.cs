using Journey.Domain.Journeys;
using Journey.Domain.Proceedings;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;
using static Journey.Domain.Tests.Scenarios.MoreStepsJourneys;

namespace Journey.Domain.Tests.Proceedings;

public sealed class MakeFinalOrderTests
{
    private static ChildJourney InProceedings() => JourneyBuilder.Child().InProceedings().Journey;

    [Theory]
    [InlineData(FinalOrder.CareOrder)]
    [InlineData(FinalOrder.SupervisionOrder)]
    [InlineData(FinalOrder.PlacementOrder)]
    [InlineData(FinalOrder.SpecialGuardianshipOrder)]
    [InlineData(FinalOrder.ChildArrangementsOrder)]
    [InlineData(FinalOrder.NoOrder)]
    [InlineData(FinalOrder.Withdrawn)]
    public void Ends_the_proceedings_with_the_final_order(FinalOrder order) =>
        Given(InProceedings()).When(new MakeFinalOrder(FinalOrderAt, order)).ShouldAppend(new FinalOrderMade(1, FinalOrderAt, order));

    [Fact]
    public void The_final_order_folds_the_end_onto_the_proceedings()
    {
        var journey = JourneyBuilder.Child().AfterProceedings().Journey;

        journey.OpenProceedings.ShouldBeNull();
        journey.Proceedings.ShouldBe([new ProceedingsState(1, IssuedFrom, FinalOrderAt)]);
    }

    [Fact]
    public void When_it_was_made_is_required() =>
        Given(InProceedings()).When(new MakeFinalOrder(null, FinalOrder.CareOrder)).ShouldBeRefusedWith(("madeAt", "required"));

    [Fact]
    public void Cannot_be_made_in_the_future_beyond_the_clock_skew()
    {
        Given(InProceedings()).When(new MakeFinalOrder(JustInsideSkew, FinalOrder.CareOrder))
            .ShouldAppend(new FinalOrderMade(1, JustInsideSkew, FinalOrder.CareOrder));
        Given(InProceedings()).When(new MakeFinalOrder(JustOutsideSkew, FinalOrder.CareOrder)).ShouldBeRefusedWith(("madeAt", "not-in-future"));
    }

    [Fact]
    public void The_order_is_required() =>
        Given(InProceedings()).When(new MakeFinalOrder(FinalOrderAt, null)).ShouldBeRefusedWith(("order", "required"));

    [Theory]
    [InlineData(-1)]
    [InlineData(7)]
    public void The_order_is_a_known_value(int order) =>
        Given(InProceedings()).When(new MakeFinalOrder(FinalOrderAt, (FinalOrder)order)).ShouldBeRefusedWith(("order", "known-value"));

    [Fact]
    public void Needs_proceedings_under_way()
    {
        Given(JourneyBuilder.Child().Contact(Day1).Journey).When(new MakeFinalOrder(FinalOrderAt, FinalOrder.CareOrder))
            .ShouldBeRefusedWith(("madeAt", "needs-open-proceedings"));
        Given(JourneyBuilder.Child().AfterProceedings().Journey).When(new MakeFinalOrder(Day1.AddDays(70), FinalOrder.CareOrder))
            .ShouldBeRefusedWith(("madeAt", "needs-open-proceedings"));
    }

    [Fact]
    public void Cannot_be_dated_before_the_proceedings_were_issued()
    {
        Given(InProceedings()).When(new MakeFinalOrder(IssuedFrom, FinalOrder.Withdrawn)).ShouldAppend(new FinalOrderMade(1, IssuedFrom, FinalOrder.Withdrawn));
        Given(InProceedings()).When(new MakeFinalOrder(IssuedFrom - Tick, FinalOrder.Withdrawn))
            .ShouldBeRefusedWith(("madeAt", "within-the-proceedings"));
    }

    [Fact]
    public void Cannot_be_dated_before_a_hearing_already_recorded_in_the_proceedings()
    {
        // A hearing on Day1 + 50 was recorded; a final order on Day1 + 45 would leave it after the proceedings ended.
        var journey = JourneyBuilder.Child().InProceedings().Hearing(Day1.AddDays(50)).Journey;

        Given(journey).When(new MakeFinalOrder(Day1.AddDays(45), FinalOrder.CareOrder)).ShouldBeRefusedOn("madeAt");
    }
}
