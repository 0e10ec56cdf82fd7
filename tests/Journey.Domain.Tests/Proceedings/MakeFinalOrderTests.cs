using Journey.Domain.Journeys;
using Journey.Domain.Proceedings;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;
using static Journey.Domain.Tests.Scenarios.MoreStepsJourneys;

namespace Journey.Domain.Tests.Proceedings;

public sealed class MakeFinalOrderTests : EpisodeStepTests
{
    protected override Episode Episode => ProceedingsEpisode;
    protected override string Field => "madeAt";
    protected override IJourneyCommand Step(DateTimeOffset? at) => new MakeFinalOrder(at, FinalOrder.CareOrder);
    protected override IJourneyEvent Appended(int proceedings, DateTimeOffset at) => new FinalOrderMade(proceedings, at, FinalOrder.CareOrder);
    protected override DateTimeOffset UsualAt => FinalOrderAt;

    [Theory]
    [InlineData(FinalOrder.CareOrder)]
    [InlineData(FinalOrder.SupervisionOrder)]
    [InlineData(FinalOrder.PlacementOrder)]
    [InlineData(FinalOrder.SpecialGuardianshipOrder)]
    [InlineData(FinalOrder.ChildArrangementsOrder)]
    [InlineData(FinalOrder.NoOrder)]
    [InlineData(FinalOrder.Withdrawn)]
    public void Ends_the_proceedings_with_the_final_order(FinalOrder order) =>
        Given(Episode.Open()).When(new MakeFinalOrder(FinalOrderAt, order)).ShouldAppend(new FinalOrderMade(1, FinalOrderAt, order));

    [Fact]
    public void The_final_order_folds_the_end_onto_the_proceedings()
    {
        var journey = JourneyBuilder.Child().AfterProceedings().Journey;

        journey.OpenProceedings.ShouldBeNull();
        journey.Proceedings.ShouldBe([new ProceedingsState(1, IssuedFrom, FinalOrderAt)]);
    }

    [Fact]
    public void The_order_is_required() =>
        Given(Episode.Open()).When(new MakeFinalOrder(FinalOrderAt, null)).ShouldBeRefusedWith(("order", "required"));

    [Theory]
    [InlineData(-1)]
    [InlineData(7)]
    public void The_order_is_a_known_value(int order) =>
        Given(Episode.Open()).When(new MakeFinalOrder(FinalOrderAt, (FinalOrder)order)).ShouldBeRefusedWith(("order", "known-value"));

    [Fact]
    public void Cannot_be_dated_before_a_hearing_already_recorded_in_the_proceedings()
    {
        // A hearing on Day1 + 50 was recorded; a final order on Day1 + 45 would leave it after the proceedings ended.
        var journey = JourneyBuilder.Child().InProceedings().Hearing(Day1.AddDays(50)).Journey;

        Given(journey).When(new MakeFinalOrder(Day1.AddDays(45), FinalOrder.CareOrder)).ShouldBeRefusedOn("madeAt");
    }
}
