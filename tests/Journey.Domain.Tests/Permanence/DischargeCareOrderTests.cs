using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Permanence;
using Journey.Domain.Tests.Given;
using static Journey.Domain.Tests.Given.LookedAfterJourneys;
using static Journey.Domain.Tests.Given.Moments;

namespace Journey.Domain.Tests.Permanence;

public sealed class DischargeCareOrderTests
{
    private static readonly DateTimeOffset DischargedAt = EnteredAt.AddDays(40);

    private static ChildJourney OnCareOrder() => JourneyBuilder.Child().InCare().Journey; // C2 from EnteredAt

    [Fact]
    public void Discharges_the_full_care_order() =>
        new DischargeCareOrder(DischargedAt).Decide(OnCareOrder(), Now).ShouldAppend(new CareOrderDischarged(1, DischargedAt));

    [Fact]
    public void When_it_was_discharged_is_required() =>
        new DischargeCareOrder(null).Decide(OnCareOrder(), Now).ShouldBeRefusedWith(("dischargedAt", "required"));

    [Fact]
    public void Cannot_be_discharged_in_the_future_beyond_the_clock_skew()
    {
        new DischargeCareOrder(JustInsideSkew).Decide(OnCareOrder(), Now).ShouldAppend(new CareOrderDischarged(1, JustInsideSkew));
        new DischargeCareOrder(JustOutsideSkew).Decide(OnCareOrder(), Now).ShouldBeRefusedWith(("dischargedAt", "not-in-future"));
    }

    [Theory]
    [InlineData("C1")]
    [InlineData("V2")]
    [InlineData("E1")]
    [InlineData("L2")]
    public void Only_a_full_care_order_is_discharged(string legalStatus) =>
        new DischargeCareOrder(DischargedAt).Decide(JourneyBuilder.Child().Contacted().EnteredCare(EnteredAt, legalStatus).Journey, Now)
            .ShouldBeRefusedWith(("dischargedAt", "discharge-needs-care-order"));

    [Fact]
    public void A_care_order_made_during_the_period_of_care_may_be_discharged() =>
        new DischargeCareOrder(DischargedAt).Decide(
                JourneyBuilder.Child().Contacted().EnteredCare(EnteredAt, "C1").LegalStatusChanged(EnteredAt.AddDays(10), "C2").Journey, Now)
            .ShouldAppend(new CareOrderDischarged(1, DischargedAt));

    [Fact]
    public void Cannot_be_dated_before_the_full_care_order_was_made()
    {
        // Interim care order from Day1 + 1, full care order from Day1 + 11: on Day1 + 6 there was no care order to discharge.
        var journey = JourneyBuilder.Child().Contacted().EnteredCare(EnteredAt, "C1").LegalStatusChanged(EnteredAt.AddDays(10), "C2").Journey;

        new DischargeCareOrder(EnteredAt.AddDays(5)).Decide(journey, Now).ShouldBeRefusedOn("dischargedAt");
    }

    [Fact]
    public void A_care_order_is_discharged_once()
    {
        var journey = JourneyBuilder.Child().InCare().CareOrderDischargedAt(DischargedAt).Journey;

        new DischargeCareOrder(DischargedAt.AddDays(1)).Decide(journey, Now).ShouldBeRefusedOn("dischargedAt");
    }

    [Fact]
    public void Needs_the_child_in_care()
    {
        new DischargeCareOrder(DischargedAt).Decide(JourneyBuilder.Child().Contacted().Journey, Now)
            .ShouldBeRefusedWith(("dischargedAt", "needs-child-in-care"));
        new DischargeCareOrder(LeftAt.AddDays(1)).Decide(JourneyBuilder.Child().CareLeaver().Journey, Now)
            .ShouldBeRefusedWith(("dischargedAt", "needs-child-in-care"));
    }

    [Fact]
    public void Cannot_be_dated_before_the_child_entered_care()
    {
        new DischargeCareOrder(EnteredAt).Decide(OnCareOrder(), Now).ShouldAppend(new CareOrderDischarged(1, EnteredAt));
        new DischargeCareOrder(EnteredAt - Tick).Decide(OnCareOrder(), Now).ShouldBeRefusedWith(("dischargedAt", "within-the-period-of-care"));
    }

    [Fact]
    public void Leaving_care_cannot_be_dated_before_the_discharge()
    {
        var journey = JourneyBuilder.Child().InCare().CareOrderDischargedAt(DischargedAt).Journey;

        new LeaveCare(DischargedAt - Tick, "E15").Decide(journey, Now).ShouldBeRefusedWith(("leftAt", "after-the-last-step-in-care"));
        new LeaveCare(DischargedAt, "E15").Decide(journey, Now).ShouldAppend(new LeftCare(1, DischargedAt, "E15"));
    }
}
