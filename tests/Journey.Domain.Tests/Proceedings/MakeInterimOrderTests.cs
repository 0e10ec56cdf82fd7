using Journey.Domain.Journeys;
using Journey.Domain.Proceedings;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;
using static Journey.Domain.Tests.Scenarios.MoreStepsJourneys;

namespace Journey.Domain.Tests.Proceedings;

public sealed class MakeInterimOrderTests
{
    private static readonly DateTimeOffset MadeAt = IssuedFrom.AddDays(1);

    private static ChildJourney InProceedings() => JourneyBuilder.Child().InProceedings().Journey;

    [Theory]
    [InlineData(InterimOrder.InterimCareOrder)]
    [InlineData(InterimOrder.InterimSupervisionOrder)]
    [InlineData(InterimOrder.EmergencyProtectionOrder)]
    public void Makes_an_interim_order_in_the_proceedings_under_way(InterimOrder order) =>
        Given(InProceedings()).When(new MakeInterimOrder(MadeAt, order)).ShouldAppend(new InterimOrderMade(1, MadeAt, order));

    [Fact]
    public void Interim_orders_may_be_renewed()
    {
        var journey = JourneyBuilder.Child().InProceedings().InterimOrdered(MadeAt).Journey;

        Given(journey).When(new MakeInterimOrder(MadeAt.AddDays(28), InterimOrder.InterimCareOrder))
            .ShouldAppend(new InterimOrderMade(1, MadeAt.AddDays(28), InterimOrder.InterimCareOrder));
    }

    [Fact]
    public void When_it_was_made_is_required() =>
        Given(InProceedings()).When(new MakeInterimOrder(null, InterimOrder.InterimCareOrder)).ShouldBeRefusedWith(("madeAt", "required"));

    [Fact]
    public void Cannot_be_made_in_the_future_beyond_the_clock_skew()
    {
        Given(InProceedings()).When(new MakeInterimOrder(JustInsideSkew, InterimOrder.InterimCareOrder))
            .ShouldAppend(new InterimOrderMade(1, JustInsideSkew, InterimOrder.InterimCareOrder));
        Given(InProceedings()).When(new MakeInterimOrder(JustOutsideSkew, InterimOrder.InterimCareOrder))
            .ShouldBeRefusedWith(("madeAt", "not-in-future"));
    }

    [Fact]
    public void The_order_is_required() =>
        Given(InProceedings()).When(new MakeInterimOrder(MadeAt, null)).ShouldBeRefusedWith(("order", "required"));

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void The_order_is_a_known_value(int order) =>
        Given(InProceedings()).When(new MakeInterimOrder(MadeAt, (InterimOrder)order)).ShouldBeRefusedWith(("order", "known-value"));

    [Fact]
    public void Needs_proceedings_under_way()
    {
        Given(JourneyBuilder.Child().Contact(Day1).Journey).When(new MakeInterimOrder(MadeAt, InterimOrder.EmergencyProtectionOrder))
            .ShouldBeRefusedWith(("madeAt", "needs-open-proceedings"));
        Given(JourneyBuilder.Child().AfterProceedings().Journey).When(new MakeInterimOrder(Day1.AddDays(70), InterimOrder.InterimCareOrder))
            .ShouldBeRefusedWith(("madeAt", "needs-open-proceedings"));
    }

    [Fact]
    public void Cannot_be_dated_before_the_proceedings_were_issued()
    {
        Given(InProceedings()).When(new MakeInterimOrder(IssuedFrom, InterimOrder.InterimCareOrder))
            .ShouldAppend(new InterimOrderMade(1, IssuedFrom, InterimOrder.InterimCareOrder));
        Given(InProceedings()).When(new MakeInterimOrder(IssuedFrom - Tick, InterimOrder.InterimCareOrder))
            .ShouldBeRefusedWith(("madeAt", "within-the-proceedings"));
    }
}
