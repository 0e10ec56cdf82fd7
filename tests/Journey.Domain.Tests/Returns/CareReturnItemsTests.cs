using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Reference;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.LookedAfterJourneys;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Returns;

/// <summary>
/// What the SSDA903 asks of a period of care and its placements (decision 79): the category of need, the home
/// and placement postcodes, the provider code and Ofsted URN, previous permanence, and placement types the
/// 2025-26 return no longer takes; each at the edge of its rule.
/// </summary>
public sealed class CareReturnItemsTests
{
    private static ChildJourney Contacted() => JourneyBuilder.Child().Contacted().Journey;

    private static EnterCare Entering(string? need = "N1", string? home = "B70 9LT", string? previous = null, string? authority = null, DateOnly? on = null) =>
        new(EnteredAt, "C2", true, false, null, need, home, previous, authority, on);

    private static StartPlacement Placing(DateTimeOffset at, string type = "U6", string? provider = "PR1", string? postcode = "B69 4BE", string? urn = "SC045099") =>
        new(at, type, "In-house foster carers", false, null, null, null, provider, postcode, urn);

    [Fact]
    public void Entering_care_records_the_category_of_need_home_postcode_and_previous_permanence()
    {
        Given(Contacted()).When(Entering(previous: "P2", authority: "330", on: new DateOnly(2020, 6, 1)))
            .ShouldAppend(new EnteredCare(1, EnteredAt, "C2", true, false, "N1", "B70 9LT", "P2", "330", new DateOnly(2020, 6, 1)));
    }

    [Theory]
    [InlineData("N0")] // the CIN census's "not stated" is no SSDA903 category of need (rule 145)
    [InlineData("N9")]
    [InlineData("n1")]
    public void The_category_of_need_is_an_SSDA903_code_from_N1_to_N8(string need) =>
        Given(Contacted()).When(Entering(need: need)).ShouldBeRefusedWith(("categoryOfNeed", CodeLists.CategoryOfNeed));

    [Theory]
    [InlineData("B709LT")] // no space
    [InlineData("b70 9lt")] // small letters
    [InlineData("B70  9LT")] // two spaces
    [InlineData("B70 9L")] // short inward code
    [InlineData("QA1 1AA")] // Q does not begin a postcode
    public void A_postcode_is_a_UK_postcode_in_its_written_form(string postcode)
    {
        Given(Contacted()).When(Entering(home: postcode)).ShouldBeRefusedWith(("homePostcode", Postcode.Rule));
        Given(JourneyBuilder.Child().InCare().Journey).When(Placing(FirstPlacementAt, postcode: postcode)).ShouldBeRefusedWith(("postcode", Postcode.Rule));
    }

    [Theory]
    [InlineData("B70 9LT"), InlineData("TW9 4AL"), InlineData("SW14 7DR"), InlineData("EC1A 1BB"), InlineData("W1A 0AX"), InlineData("GIR 0AA")]
    public void Every_form_of_UK_postcode_is_taken(string postcode) =>
        Given(Contacted()).When(Entering(home: postcode)).ShouldBeAccepted();

    [Fact]
    public void Previous_permanence_codes_are_the_SSDA903_lists_and_details_come_with_an_option()
    {
        Given(Contacted()).When(Entering(previous: "P5")).ShouldBeRefusedWith(("previousPermanence", CodeLists.PreviousPermanence));
        Given(Contacted()).When(Entering(previous: "P1", authority: "777"))
            .ShouldBeRefusedWith(("previousPermanenceAuthority", CodeLists.PreviousPermanenceAuthority));
        Given(Contacted()).When(Entering(previous: "P1", authority: "WAL")).ShouldBeAccepted();
        // SSDA903 rule 635: an authority or a date with "no previous permanence" (Z1), or with no option, is refused.
        Given(Contacted()).When(Entering(previous: "Z1", authority: "330"))
            .ShouldBeRefusedWith(("previousPermanence", "previous-permanence-option-with-details"));
        Given(Contacted()).When(Entering(on: new DateOnly(2020, 6, 1)))
            .ShouldBeRefusedWith(("previousPermanence", "previous-permanence-option-with-details"));
    }

    [Fact]
    public void The_previous_permanence_order_was_made_before_this_period_of_care()
    {
        // Entered care on 4 March 2025 (SSDA903 rule 632: DATE_PERM before DECOM).
        Given(Contacted()).When(Entering(previous: "P1", on: new DateOnly(2025, 3, 3))).ShouldBeAccepted();
        Given(Contacted()).When(Entering(previous: "P1", on: new DateOnly(2025, 3, 4)))
            .ShouldBeRefusedWith(("previousPermanenceDate", "previous-permanence-before-care"));
    }

    [Fact]
    public void A_placement_records_its_provider_code_postcode_and_Ofsted_URN() =>
        Given(JourneyBuilder.Child().InCare().Journey).When(Placing(FirstPlacementAt))
            .ShouldAppend(new PlacementStarted(1, 1, FirstPlacementAt, "U6", "In-house foster carers", false, null, null, "PR1", "B69 4BE", "SC045099"));

    [Theory]
    [InlineData("PR6"), InlineData("pr1"), InlineData("1")]
    public void The_provider_is_an_SSDA903_code_from_PR0_to_PR5(string provider) =>
        Given(JourneyBuilder.Child().InCare().Journey).When(Placing(FirstPlacementAt, provider: provider))
            .ShouldBeRefusedWith(("placementProvider", CodeLists.PlacementProvider));

    [Theory]
    [InlineData("SC04509")] // SC and 5 digits
    [InlineData("SC0450999")] // SC and 7
    [InlineData("12345")] // 5 digits
    [InlineData("12345678")] // 8
    [InlineData("XXXXXXX")] // the return's "no URN": leave it out instead
    public void An_Ofsted_URN_is_SC_and_six_digits_or_six_or_seven_digits(string urn) =>
        Given(JourneyBuilder.Child().InCare().Journey).When(Placing(FirstPlacementAt, urn: urn))
            .ShouldBeRefusedWith(("urn", ProviderIdentifiers.UrnRule));

    [Theory]
    [InlineData("123456"), InlineData("1234567"), InlineData("SC123456")]
    public void Ofsted_URNs_of_each_form_are_taken(string urn) =>
        Given(JourneyBuilder.Child().InCare().Journey).When(Placing(FirstPlacementAt, urn: urn)).ShouldBeAccepted();

    [Theory]
    [InlineData("H5"), InlineData("P2"), InlineData("Z1")]
    public void A_placement_type_the_2025_26_return_withdrew_is_refused_from_1_April_2025(string type)
    {
        var journey = JourneyBuilder.Child().InCare().Journey;
        // Monday 31 March 2025, 10:00 UK time, then Tuesday 1 April.
        Given(journey).When(Placing(At("2025-03-31T09:00:00+00:00"), type)).ShouldBeAccepted();
        Given(journey).When(Placing(At("2025-04-01T09:00:00+00:00"), type)).ShouldBeRefusedWith(("placementType", "ssda903-placement-type-withdrawn"));
    }

    [Theory]
    [InlineData("K3"), InlineData("T4"), InlineData("Z11"), InlineData("Z14")]
    public void The_2025_26_placement_types_are_taken(string type) =>
        Given(JourneyBuilder.Child().InCare().Journey).When(Placing(At("2025-04-01T09:00:00+00:00"), type)).ShouldBeAccepted();

    [Fact]
    public void The_journey_holds_each_placement_and_legal_status_as_the_return_reads_them()
    {
        var second = FirstPlacementAt.AddDays(10);
        var journey = JourneyBuilder.Child().Contacted().Apply(Entering())
            .Apply(Placing(FirstPlacementAt))
            .Apply(Placing(second, "U4", "PR4", "B66 1AA", "1234567") with { ReasonForChange = "CARPL" })
            .LegalStatusChanged(second.AddDays(1), "V2").LeftCare(LeftAt).Journey;

        journey.Placements.Select(p => (p.Number, p.PlacementType, p.PlacementProvider, p.Postcode, p.Urn, p.StartedAt, p.EndedAt)).ShouldBe(
        [
            (1, "U6", "PR1", "B69 4BE", "SC045099", FirstPlacementAt, second),
            (2, "U4", "PR4", "B66 1AA", "1234567", second, LeftAt),
        ]);
        journey.LegalStatuses.Select(l => (l.LegalStatus, l.Since)).ShouldBe([("C2", EnteredAt), ("V2", second.AddDays(1))]);
        journey.CareEpisodes.Single().Entry.ShouldBe(new CareEntryState(true, false, "N1", "B70 9LT", null, null, null));
        journey.CareEpisodes.Single().ReasonCeased.ShouldBe("E4A");
    }
}
