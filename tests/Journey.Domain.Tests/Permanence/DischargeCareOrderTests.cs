using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Permanence;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.LookedAfterJourneys;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Permanence;

public sealed class DischargeCareOrderTests
{
    private static readonly DateTimeOffset DischargedAt = EnteredAt.AddDays(40);

    private static ChildJourney OnCareOrder() => JourneyBuilder.Child().InCare().Journey; // C2 from EnteredAt

    [Fact]
    public void Discharges_the_full_care_order() =>
        Given(OnCareOrder()).When(new DischargeCareOrder(DischargedAt)).ShouldAppend(new CareOrderDischarged(1, DischargedAt));

    [Fact]
    public void When_it_was_discharged_is_required() =>
        Given(OnCareOrder()).When(new DischargeCareOrder(null)).ShouldBeRefusedWith(("dischargedAt", "required"));

    [Fact]
    public void Cannot_be_discharged_in_the_future_beyond_the_clock_skew()
    {
        Given(OnCareOrder()).When(new DischargeCareOrder(JustInsideSkew)).ShouldAppend(new CareOrderDischarged(1, JustInsideSkew));
        Given(OnCareOrder()).When(new DischargeCareOrder(JustOutsideSkew)).ShouldBeRefusedWith(("dischargedAt", "not-in-future"));
    }

    [Theory]
    [InlineData("C1")]
    [InlineData("V2")]
    [InlineData("E1")]
    [InlineData("L2")]
    public void Only_a_full_care_order_is_discharged(string legalStatus) =>
        Given(JourneyBuilder.Child().Contacted().EnteredCare(EnteredAt, legalStatus).Journey).When(new DischargeCareOrder(DischargedAt))
            .ShouldBeRefusedWith(("dischargedAt", "discharge-needs-care-order"));

    [Fact]
    public void A_care_order_made_during_the_period_of_care_may_be_discharged() =>
        Given(JourneyBuilder.Child().Contacted().EnteredCare(EnteredAt, "C1").LegalStatusChanged(EnteredAt.AddDays(10), "C2").Journey).When(new DischargeCareOrder(DischargedAt))
            .ShouldAppend(new CareOrderDischarged(1, DischargedAt));

    [Fact]
    public void Cannot_be_dated_before_the_full_care_order_was_made()
    {
        // Interim care order from Day1 + 1, full care order from Day1 + 11: on Day1 + 6 there was no care order to discharge.
        var journey = JourneyBuilder.Child().Contacted().EnteredCare(EnteredAt, "C1").LegalStatusChanged(EnteredAt.AddDays(10), "C2").Journey;

        Given(journey).When(new DischargeCareOrder(EnteredAt.AddDays(5))).ShouldBeRefusedOn("dischargedAt");
    }

    [Fact]
    public void A_care_order_is_discharged_once()
    {
        var journey = JourneyBuilder.Child().InCare().CareOrderDischargedAt(DischargedAt).Journey;

        Given(journey).When(new DischargeCareOrder(DischargedAt.AddDays(1))).ShouldBeRefusedOn("dischargedAt");
    }

    [Fact]
    public void Needs_the_child_in_care()
    {
        Given(JourneyBuilder.Child().Contacted().Journey).When(new DischargeCareOrder(DischargedAt))
            .ShouldBeRefusedWith(("dischargedAt", "needs-child-in-care"));
        Given(JourneyBuilder.Child().CareLeaver().Journey).When(new DischargeCareOrder(LeftAt.AddDays(1)))
            .ShouldBeRefusedWith(("dischargedAt", "needs-child-in-care"));
    }

    [Fact]
    public void Cannot_be_dated_before_the_child_entered_care()
    {
        Given(OnCareOrder()).When(new DischargeCareOrder(EnteredAt)).ShouldAppend(new CareOrderDischarged(1, EnteredAt));
        Given(OnCareOrder()).When(new DischargeCareOrder(EnteredAt - Tick)).ShouldBeRefusedWith(("dischargedAt", "within-the-period-of-care"));
    }

    [Fact]
    public void Leaving_care_cannot_be_dated_before_the_discharge()
    {
        var journey = JourneyBuilder.Child().InCare().CareOrderDischargedAt(DischargedAt).Journey;

        Given(journey).When(new LeaveCare(DischargedAt - Tick, "E15")).ShouldBeRefusedWith(("leftAt", "after-the-last-step-in-care"));
        Given(journey).When(new LeaveCare(DischargedAt, "E15")).ShouldAppend(new LeftCare(1, DischargedAt, "E15"));
    }
}
