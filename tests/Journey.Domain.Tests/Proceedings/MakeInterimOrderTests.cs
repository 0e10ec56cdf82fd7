using Journey.Domain.Journeys;
using Journey.Domain.Proceedings;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.MoreStepsJourneys;

namespace Journey.Domain.Tests.Proceedings;

public sealed class MakeInterimOrderTests : EpisodeStepTests
{
    private static readonly DateTimeOffset MadeAt = IssuedFrom.AddDays(1);

    protected override Episode Episode => ProceedingsEpisode;
    protected override string Field => "madeAt";
    protected override IJourneyCommand Step(DateTimeOffset? at) => new MakeInterimOrder(at, InterimOrder.InterimCareOrder);
    protected override IJourneyEvent Appended(int proceedings, DateTimeOffset at) => new InterimOrderMade(proceedings, at, InterimOrder.InterimCareOrder);
    protected override DateTimeOffset UsualAt => MadeAt;

    [Theory]
    [InlineData(InterimOrder.InterimCareOrder)]
    [InlineData(InterimOrder.InterimSupervisionOrder)]
    [InlineData(InterimOrder.EmergencyProtectionOrder)]
    public void Makes_an_interim_order_in_the_proceedings_under_way(InterimOrder order) =>
        Given(Episode.Open()).When(new MakeInterimOrder(MadeAt, order)).ShouldAppend(new InterimOrderMade(1, MadeAt, order));

    [Fact]
    public void Interim_orders_may_be_renewed()
    {
        var journey = JourneyBuilder.Child().InProceedings().InterimOrdered(MadeAt).Journey;

        Given(journey).When(new MakeInterimOrder(MadeAt.AddDays(28), InterimOrder.InterimCareOrder))
            .ShouldAppend(new InterimOrderMade(1, MadeAt.AddDays(28), InterimOrder.InterimCareOrder));
    }

    [Fact]
    public void The_order_is_required() =>
        Given(Episode.Open()).When(new MakeInterimOrder(MadeAt, null)).ShouldBeRefusedWith(("order", "required"));

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void The_order_is_a_known_value(int order) =>
        Given(Episode.Open()).When(new MakeInterimOrder(MadeAt, (InterimOrder)order)).ShouldBeRefusedWith(("order", "known-value"));

}
