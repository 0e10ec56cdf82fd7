using Journey.Api.Returns.AnnexA;
using Journey.Domain.Children;
using Journey.Domain.EarlyHelp;
using Journey.Domain.Families;
using Journey.Domain.LookedAfter;
using Journey.Domain.Missing;
using Journey.Domain.Permanence;
using static Journey.IntegrationTests.Returns.AnnexA.AnnexAJourneys;

namespace Journey.IntegrationTests.Returns.AnnexA;

/// <summary>
/// The facts recorded for the returns, in the lists' cells: disabilities, the early help organisation, the category of
/// need, the UASC status's end, the placement's provider, postcode, URN and authority, missing told from absent, the
/// IRO's latest contact, a reversed adoption decision, the family and fostering for adoption. What was recorded is not
/// reported missing; what an older journey lacks still is.
/// </summary>
public sealed class RecordedFieldsListsTests
{
    private static ChildDetailsRecorded Details(params string[]? disabilities) =>
        new(On("2026-01-05"), Day("2015-06-01"), null, "F", "WBRI", Disabilities: disabilities);

    [Theory]
    [InlineData(new[] { "NONE" }, "b) No")]
    [InlineData(new[] { "HAND", "LEAR" }, "a) Yes")]
    [InlineData(null, "c) Unknown")]
    public void Disability_is_read_from_the_recorded_disabilities(string[]? disabilities, string written)
    {
        var journey = Of(Details(disabilities), new EnteredCare(1, On("2026-01-10"), "C2", false, false));
        var list = new ChildrenInCareList();
        var missing = new AnnexAMissing();

        var row = list.Rows(new AnnexAChild(journey, AnnexAPeriod.Before(Day(End))), missing).ShouldHaveSingleItem();

        row.Cell(list, AnnexAColumns.DisabilityHeading).ShouldBe(written);
        missing.Items.Any(m => m.Item == AnnexAColumns.DisabilityHeading).ShouldBe(disabilities is null);
    }

    [Fact]
    public void The_organisation_completing_early_help_is_the_one_recorded_else_the_lead_professional()
    {
        var list = new EarlyHelpList();

        Rows(list, Of(new EarlyHelpStarted(1, On("2026-02-01"), "Ms Lead", "Hillside Primary School"))).ShouldHaveSingleItem()
            .Cell(list, "Organisation completing assessment").ShouldBe("Hillside Primary School");
        Rows(list, Of(new EarlyHelpStarted(1, On("2026-02-01"), "Ms Lead"))).ShouldHaveSingleItem()
            .Cell(list, "Organisation completing assessment").ShouldBe("Ms Lead");
    }

    [Theory]
    [InlineData("2025-04-01", "a) Yes")] // ceased on the 12 months' first day: UASC within them
    [InlineData("2025-03-31", "b) No")] // ceased the day before they began
    public void A_UASC_status_that_ceased_before_the_12_months_is_not_UASC_within_them(string ceased, string written)
    {
        var list = new ChildrenInCareList();
        var journey = Of(new EnteredCare(1, On("2024-06-01"), "V2", false, true, CategoryOfNeed: "N7"), new UascStatusCeased(On(ceased)));

        var row = Rows(list, journey).ShouldHaveSingleItem();

        row.Cell(list, "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)").ShouldBe(written);
        row.Cell(list, ChildrenInCareList.CategoryOfNeed).ShouldBe("N7 - Low income");
    }

    [Fact]
    public void The_placement_is_written_with_its_provider_postcode_URN_and_authority_and_missing_is_told_from_absent()
    {
        var journey = Of(
            new EnteredCare(1, On("2025-06-01"), "C2", false, false, CategoryOfNeed: "N1"),
            new PlacementStarted(1, 1, On("2025-06-01"), "K2", "Oak House", true, null, true, "PR4", "B16 0NA", "SC123456"),
            new LookedAfterReviewHeld(1, On("2025-08-20"), "PN1"), new LookedAfterReviewHeld(1, On("2026-02-10"), "PN1"),
            new MissingEpisodeStarted(1, On("2025-09-01"), "M"), new MissingEpisodeStarted(2, On("2025-10-01"), "A"),
            new MissingEpisodeStarted(3, On("2025-11-01"), "A"));
        var list = new ChildrenInCareList();
        var missing = new AnnexAMissing();

        var row = list.Rows(new AnnexAChild(journey, AnnexAPeriod.Before(Day(End))), missing).ShouldHaveSingleItem();

        row.Cell(list, ChildrenInCareList.Provider).ShouldBe("e) PR4: Private provision");
        row.Cell(list, ChildrenInCareList.Postcode).ShouldBe("B16 0NA");
        row.Cell(list, ChildrenInCareList.Urn).ShouldBe("SC123456");
        row.Cell(list, ChildrenInCareList.PlacingAuthority).ShouldBe("Sandwell");
        row.Cell(list, ChildrenInCareList.IroContact).ShouldBe(Day("2026-02-10"));
        row.Cell(list, "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months").ShouldBe(1);
        row.Cell(list, ChildrenInCareList.Absent).ShouldBe(2);
        missing.Items.Where(m => m.File == list.FileName()).Select(m => m.Item).ShouldBeEmpty();
    }

    [Fact]
    public void A_placement_recorded_before_its_provider_and_postcode_were_asked_is_reported_missing_them()
    {
        var journey = Of(
            new EnteredCare(1, On("2025-06-01"), "C2", false, false, CategoryOfNeed: "N1"),
            new PlacementStarted(1, 1, On("2025-06-01"), "U6", "Carer", false, null), new MissingEpisodeStarted(1, On("2025-09-01")));
        var list = new ChildrenInCareList();
        var missing = new AnnexAMissing();

        var row = list.Rows(new AnnexAChild(journey, AnnexAPeriod.Before(Day(End))), missing).ShouldHaveSingleItem();

        row.Cell(list, "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months").ShouldBe(1);
        row.Cell(list, ChildrenInCareList.Absent).ShouldBe(0);
        missing.Items.Where(m => m.File == list.FileName()).Select(m => m.Item).Order()
            .ShouldBe(new[] { ChildrenInCareList.Absent, ChildrenInCareList.Provider, ChildrenInCareList.Postcode, ChildrenInCareList.Urn }.Order());
    }

    [Theory]
    [InlineData("2025-04-01", true)] // reversed on the 12 months' first day
    [InlineData("2025-03-31", false)] // reversed the day before they began
    public void A_reversed_adoption_decision_is_listed_in_the_12_months_with_its_date_and_reason(string reversed, bool listed)
    {
        var journey = Of(
            new EnteredCare(1, On("2024-01-10"), "C2", false, false), new FamilyLinked("FAM-7", On("2024-01-11"), "sibling"),
            new PlacementStarted(1, 1, On("2024-01-10"), "U6", "Carer", false, null, FosteringForAdoption: true),
            new AdoptionStepTaken(1, On("2024-06-01"), AdoptionStep.DecisionMakerAgreed),
            new AdoptionDecisionReversed(1, On(reversed), "RD2"));
        var list = new AdoptionList();
        var missing = new AnnexAMissing();

        var rows = list.Rows(new AnnexAChild(journey, AnnexAPeriod.Before(Day(End))), missing).ToList();

        rows.Count.ShouldBe(listed ? 1 : 0);
        missing.Items.ShouldNotContain(m => m.Item == AdoptionList.ReversedHeading);
        if (!listed) return;
        rows[0].Cell(list, AdoptionList.ReversedHeading).ShouldBe(Day(reversed));
        rows[0].Cell(list, "Reason Why Child No Longer Placed for Adoption").ShouldBe("RD2 - The Court did not make a placement order");
        rows[0].Cell(list, AdoptionList.FamilyHeading).ShouldBe("FAM-7");
        rows[0].Cell(list, "Date the child was placed for fostering in FFA or concurrent planning placement").ShouldBe(Day("2024-01-10"));
    }
}
