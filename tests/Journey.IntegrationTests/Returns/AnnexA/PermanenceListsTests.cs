using Journey.Api.Returns.AnnexA;
using Journey.Domain.LeavingCare;
using Journey.Domain.LookedAfter;
using Journey.Domain.Permanence;
using static Journey.IntegrationTests.Returns.AnnexA.AnnexAJourneys;

namespace Journey.IntegrationTests.Returns.AnnexA;

/// <summary>Lists 9, 10 and 11 (care leavers, adoption, adopters) at their edges: the 13 weeks since 14, the 16th and 25th birthdays, the 12 months.</summary>
public sealed class PermanenceListsTests
{
    /// <summary>Born 1 April 2009: 14 on 1 April 2023, 16 on 1 April 2025, so 16 on the lists' 31 March 2026.</summary>
    private const string Sixteen = "2009-04-01";

    [Theory]
    [InlineData("2025-04-01", "2025-07-01", "a) Relevant child")] // 91 days (13 weeks) in care since 14
    [InlineData("2025-04-01", "2025-06-30", "c) Qualifying care leaver")] // 90 days
    [InlineData("2023-04-01", "2025-04-02", "a) Relevant child")] // in care on the 16th birthday
    [InlineData("2023-04-01", "2025-04-01", null)] // left care on the 16th birthday: not looked after since 16
    public void A_young_person_who_left_care_is_a_care_leaver_by_the_weeks_in_care_since_14(string entered, string left, string? category)
    {
        var journey = Of(Born(Sixteen), new EnteredCare(1, On(entered), "V2", false, false), new LeftCare(1, On(left), "E13"));
        var list = new CareLeaversList();

        Rows(list, journey).Select(r => r.Cell(list, "Eligibility Category")).ShouldBe(category is null ? [] : [category]);
    }

    [Theory]
    [InlineData("2025-12-30", "d) Eligible child")] // 91 days in care by the lists' 31 March 2026
    [InlineData("2025-12-31", null)] // 90 days: not yet entitled
    public void A_young_person_still_in_care_is_an_eligible_child_after_13_weeks(string entered, string? category)
    {
        var list = new CareLeaversList();
        var rows = Rows(list, Of(Born(Sixteen), new EnteredCare(1, On(entered), "C2", false, false)));

        rows.Select(r => r.Cell(list, "Eligibility Category")).ShouldBe(category is null ? [] : [category]);
        rows.Select(r => r.Cell(list, "LA in Touch")).ShouldBe(category is null ? [] : ["a) Yes"]);
    }

    [Theory]
    [InlineData("2001-04-01", true)] // 24 on 31 March 2026
    [InlineData("2001-03-31", false)] // 25 that day
    public void Leaving_care_support_runs_to_25(string born, bool listed)
    {
        var journey = Of(Born(born), new EnteredCare(1, On("2015-01-01"), "C2", false, false), new LeftCare(1, On("2019-03-30"), "E17"),
            new CareLeaverContactMade(On("2026-02-01"), "YES", "F2", "U", true));
        var list = new CareLeaversList();

        var rows = Rows(list, journey);

        rows.Count.ShouldBe(listed ? 1 : 0);
        if (listed)
        {
            rows[0].Cell(list, "Eligibility Category").ShouldBe("b) Former relevant child");
            rows[0].Cell(list, "LA in Touch").ShouldBe("a) Yes");
            rows[0].Cell(list, "Type of Accommodation").ShouldBe("U: Independent living");
            rows[0].Cell(list, "Activity Status").ShouldBe("F2: Full time in education other than higher");
        }
        // A care leaver is not a child in need (List 6 leaves care leavers out).
        Rows(new ChildrenInNeedList(), journey).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("2025-03-31", false)]
    [InlineData("2025-04-01", true)]
    public void A_child_adopted_in_the_12_months_is_listed(string ordered, bool listed)
    {
        var journey = Of(new EnteredCare(1, On("2023-05-01"), "C2", false, false),
            new PlacementStarted(1, 1, On("2023-05-01"), "U5", "Adopters", false, null),
            new AdoptionStepTaken(1, On("2024-01-10"), AdoptionStep.DecisionMakerAgreed), new AdoptionStepTaken(1, On("2024-03-01"), AdoptionStep.PlacementOrderMade),
            new AdoptionStepTaken(1, On("2024-06-01"), AdoptionStep.Matched), new AdoptionStepTaken(1, On("2024-07-01"), AdoptionStep.Placed),
            new AdoptionStepTaken(1, On(ordered), AdoptionStep.AdoptionOrderMade), new LeftCare(1, On(ordered), "E11"));
        var list = new AdoptionList();

        var rows = Rows(list, journey);

        rows.Count.ShouldBe(listed ? 1 : 0);
        if (listed)
        {
            rows[0].Cell(list, "Date the Child Entered Care").ShouldBe(Day("2023-05-01"));
            rows[0].Cell(list, "Date of Decision that Child Should be Placed for Adoption").ShouldBe(Day("2024-01-10"));
            rows[0].Cell(list, "Date of Matching Child and Prospective Adopters").ShouldBe(Day("2024-06-01"));
            rows[0].Cell(list, "Date of Adoption Order").ShouldBe(Day(ordered));
            rows[0].Cell(list, "Date the child was placed for fostering in FFA or concurrent planning placement").ShouldBe(Day("2023-05-01"));
        }
    }

    [Theory]
    [InlineData("2025-03-31", false)]
    [InlineData("2025-04-01", true)]
    public void A_child_whose_care_ended_without_an_adoption_order_in_the_12_months_is_listed_with_the_reversal_missing(string left, bool listed)
    {
        var journey = Of(new EnteredCare(1, On("2023-05-01"), "C2", false, false),
            new AdoptionStepTaken(1, On("2024-01-10"), AdoptionStep.DecisionMakerAgreed), new LeftCare(1, On(left), "E45"));
        var list = new AdoptionList();
        var missing = new AnnexAMissing();

        var rows = list.Rows(new AnnexAChild(journey, AnnexAPeriod.Before(Day(End))), missing).ToList();

        rows.Count.ShouldBe(listed ? 1 : 0);
        missing.Items.Any(m => m.Item == AdoptionList.ReversedHeading).ShouldBe(listed);
    }

    [Fact]
    public void A_child_awaiting_adoption_is_listed_and_adopters_are_not_recorded()
    {
        var journey = Of(new EnteredCare(1, On("2020-05-01"), "C2", false, false), new AdoptionStepTaken(1, On("2021-01-10"), AdoptionStep.DecisionMakerAgreed));

        Rows(new AdoptionList(), journey).ShouldHaveSingleItem();
        Rows(new AdoptersList(), journey).ShouldBeEmpty();
    }
}
