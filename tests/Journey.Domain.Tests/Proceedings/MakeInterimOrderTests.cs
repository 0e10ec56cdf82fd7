using Journey.Domain.Journeys;
using Journey.Domain.Proceedings;
using Journey.Domain.Tests.Given;
using static Journey.Domain.Tests.Given.MoreStepsJourneys;
using static Journey.Domain.Tests.Given.Moments;

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
        new MakeInterimOrder(MadeAt, order).Decide(InProceedings(), Now).ShouldAppend(new InterimOrderMade(1, MadeAt, order));

    [Fact]
    public void Interim_orders_may_be_renewed()
    {
        var journey = JourneyBuilder.Child().InProceedings().InterimOrdered(MadeAt).Journey;

        new MakeInterimOrder(MadeAt.AddDays(28), InterimOrder.InterimCareOrder).Decide(journey, Now)
            .ShouldAppend(new InterimOrderMade(1, MadeAt.AddDays(28), InterimOrder.InterimCareOrder));
    }

    [Fact]
    public void When_it_was_made_is_required() =>
        new MakeInterimOrder(null, InterimOrder.InterimCareOrder).Decide(InProceedings(), Now).ShouldBeRefusedWith(("madeAt", "required"));

    [Fact]
    public void Cannot_be_made_in_the_future_beyond_the_clock_skew()
    {
        new MakeInterimOrder(JustInsideSkew, InterimOrder.InterimCareOrder).Decide(InProceedings(), Now)
            .ShouldAppend(new InterimOrderMade(1, JustInsideSkew, InterimOrder.InterimCareOrder));
        new MakeInterimOrder(JustOutsideSkew, InterimOrder.InterimCareOrder).Decide(InProceedings(), Now)
            .ShouldBeRefusedWith(("madeAt", "not-in-future"));
    }

    [Fact]
    public void The_order_is_required() =>
        new MakeInterimOrder(MadeAt, null).Decide(InProceedings(), Now).ShouldBeRefusedWith(("order", "required"));

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void The_order_is_a_known_value(int order) =>
        new MakeInterimOrder(MadeAt, (InterimOrder)order).Decide(InProceedings(), Now).ShouldBeRefusedWith(("order", "known-value"));

    [Fact]
    public void Needs_proceedings_under_way()
    {
        new MakeInterimOrder(MadeAt, InterimOrder.EmergencyProtectionOrder).Decide(JourneyBuilder.Child().Contact(Day1).Journey, Now)
            .ShouldBeRefusedWith(("madeAt", "needs-open-proceedings"));
        new MakeInterimOrder(Day1.AddDays(70), InterimOrder.InterimCareOrder).Decide(JourneyBuilder.Child().AfterProceedings().Journey, Now)
            .ShouldBeRefusedWith(("madeAt", "needs-open-proceedings"));
    }

    [Fact]
    public void Cannot_be_dated_before_the_proceedings_were_issued()
    {
        new MakeInterimOrder(IssuedFrom, InterimOrder.InterimCareOrder).Decide(InProceedings(), Now)
            .ShouldAppend(new InterimOrderMade(1, IssuedFrom, InterimOrder.InterimCareOrder));
        new MakeInterimOrder(IssuedFrom - Tick, InterimOrder.InterimCareOrder).Decide(InProceedings(), Now)
            .ShouldBeRefusedWith(("madeAt", "within-the-proceedings"));
    }
}
