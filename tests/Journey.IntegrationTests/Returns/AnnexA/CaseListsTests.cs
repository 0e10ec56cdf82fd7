using Journey.Api.Returns.AnnexA;
using Journey.Domain.ChildInNeed;
using Journey.Domain.Closure;
using Journey.Domain.LookedAfter;
using Journey.Domain.Missing;
using Journey.Domain.Protection;
using static Journey.IntegrationTests.Returns.AnnexA.AnnexAJourneys;

namespace Journey.IntegrationTests.Returns.AnnexA;

/// <summary>Lists 6, 7 and 8 (children in need, child protection, children in care) at the point the lists stand at and the six months before it.</summary>
public sealed class CaseListsTests
{
    [Theory]
    [InlineData("2025-09-30", false)]
    [InlineData("2025-10-01", true)]
    public void A_child_in_need_is_listed_when_the_case_closed_in_the_six_months(string closed, bool listed)
    {
        var journey = Of(Contact(1, On("2025-05-01")), Referral(1, "2025-05-02"), new ChildInNeedPlanStarted(1, On("2025-06-01")),
            new ChildInNeedPlanEnded(1, On(closed), "ended"), new CaseClosed(On(closed), "RC7"));
        var list = new ChildrenInNeedList();

        var rows = Rows(list, journey);

        rows.Count.ShouldBe(listed ? 1 : 0);
        if (listed)
        {
            rows[0].Cell(list, "CIN Closure Date").ShouldBe(Day(closed));
            rows[0].Cell(list, "Reason for Closure").ShouldBe("RC7 - Services ceased for any other reason, including child no longer in need");
            rows[0].Cell(list, "Case Status").ShouldBe("e) Closed episode");
        }
    }

    [Fact]
    public void A_child_only_the_subject_of_a_referral_is_not_a_child_in_need_and_a_case_closed_later_is_open_as_the_lists_stand()
    {
        var list = new ChildrenInNeedList();
        Rows(list, Of(Contact(1, On("2026-01-05")), Referral(1, "2026-01-05", noFurtherAction: true))).ShouldBeEmpty();

        var row = Rows(list, Of(Contact(1, On("2026-01-05")), Referral(1, "2026-01-05"), new ChildInNeedPlanStarted(1, On("2026-02-01")),
            new ChildInNeedVisitMade(1, On("2026-03-31"), true, false), new ChildInNeedVisitMade(1, On("2026-04-01"), true, false),
            new ChildInNeedPlanEnded(1, On("2026-04-02"), "ended"), new CaseClosed(On("2026-04-02"), "RC7"))).ShouldHaveSingleItem();

        row.Cell(list, "CIN Start Date").ShouldBe(Day("2026-01-05"));
        row.Cell(list, "Primary Need Code").ShouldBe("N1 - Abuse or neglect");
        row.Cell(list, "Date Child Was Last Seen").ShouldBe(Day("2026-03-31"));
        row.Cell(list, "CIN Closure Date").ShouldBeNull();
        row.Cell(list, "Case Status").ShouldBe("c) Child in need plan");
    }

    [Theory]
    [InlineData("2025-09-30", false)]
    [InlineData("2025-10-01", true)]
    public void A_protection_plan_ended_in_the_six_months_is_listed(string ended, bool listed)
    {
        var journey = Of(new ProtectionPlanStarted(1, 1, On("2025-01-10"), "NEG"), new ProtectionCategoryChanged(1, On("2025-03-01"), "EMO"),
            new ProtectionPlanEnded(1, On(ended), "no longer needed"));
        var list = new ChildProtectionList();

        var rows = Rows(list, journey);

        rows.Count.ShouldBe(listed ? 1 : 0);
        if (listed)
        {
            rows[0].Cell(list, "Initial Category of Abuse").ShouldBe("a) Neglect");
            rows[0].Cell(list, "Latest Category of Abuse").ShouldBe("d) Emotional abuse");
            rows[0].Cell(list, "Child Protection Plan End Date").ShouldBe(Day(ended));
        }
    }

    [Fact]
    public void The_latest_plan_is_listed_open_as_the_lists_stand_with_the_plans_before_it_and_police_protection_in_the_six_months()
    {
        var journey = Of(
            new ProtectionPlanStarted(1, 1, On("2023-01-10"), "PHY"), new ProtectionPlanEnded(1, On("2023-09-01"), "ended"),
            new EnteredCare(1, On("2025-10-01"), "L1", false, false), new LeftCare(1, On("2025-10-02"), "E4A"),
            new ProtectionPlanStarted(2, 2, On("2025-11-10"), "NEG"), new ProtectionVisitMade(2, On("2026-03-20"), true, true),
            new ProtectionPlanEnded(2, On("2026-04-01"), "ended"));
        var list = new ChildProtectionList();

        var row = Rows(list, journey).ShouldHaveSingleItem();

        row.Cell(list, "Child Protection Plan Start Date").ShouldBe(Day("2025-11-10"));
        row.Cell(list, "Child Protection Plan End Date").ShouldBeNull();
        row.Cell(list, "Date of the Last Statutory Visit").ShouldBe(Day("2026-03-20"));
        row.Cell(list, "Was the Child Seen Alone?").ShouldBe("a) Yes");
        row.Cell(list, "Number of Previous Child Protection Plans").ShouldBe(1);
        row.Cell(list, "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)").ShouldBe("a) Yes");
        // Police protection held on 1 October 2025 alone (the care ended on the 2nd) is not in the six months to 1 April 2026.
        Rows(list, journey, "2026-04-01").ShouldHaveSingleItem()
            .Cell(list, "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)").ShouldBe("b) No");
    }

    [Theory]
    [InlineData("2025-09-30", false)]
    [InlineData("2025-10-01", true)]
    public void A_child_who_left_care_in_the_six_months_is_listed(string left, bool listed)
    {
        var journey = Of(new EnteredCare(1, On("2025-02-01"), "C2", true, false), new PlacementStarted(1, 1, On("2025-02-01"), "U6", "Carers", true, null),
            new LeftCare(1, On(left), "E4A"));
        var list = new ChildrenInCareList();

        var rows = Rows(list, journey);

        rows.Count.ShouldBe(listed ? 1 : 0);
        if (listed)
        {
            rows[0].Cell(list, "Date Ceased to be Looked After").ShouldBe(Day(left));
            rows[0].Cell(list, "Reason Ceased to be Looked After").ShouldBe("e) E4A: Returned home to live with parents or relatives - part of planning");
            rows[0].Cell(list, "Placement Location").ShouldBe("b) Out");
            rows[0].Cell(list, "Placement Type").ShouldBe("f) U6: Foster placement - not FFA");
        }
    }

    [Fact]
    public void A_child_in_care_is_listed_with_the_legal_status_placements_and_missing_episodes_of_the_last_twelve_months()
    {
        var journey = Of(
            new EnteredCare(1, On("2025-01-10"), "V2", false, true), new LeftCare(1, On("2025-03-31"), "E4B"),
            new EnteredCare(2, On("2025-06-01"), "C1", false, false),
            new PlacementStarted(1, 2, On("2025-06-01"), "U3", "Aunt", false, null),
            new PlacementStarted(2, 2, On("2025-08-01"), "U3", "Aunt", false, "PLACE"),
            new PlacementStarted(3, 2, On("2025-12-01"), "K2", "Home", false, "CARPL"),
            new LegalStatusChanged(2, On("2026-01-15"), "C2"),
            new MissingEpisodeStarted(1, On("2025-03-31")), new ReturnedFromMissing(1, On("2025-03-31")),
            new MissingEpisodeStarted(2, On("2025-04-01")), new ReturnedFromMissing(2, On("2025-04-02")),
            new ReturnInterviewRecorded(2, On("2025-04-03"), ReturnInterviewOutcome.Declined));
        var list = new ChildrenInCareList();

        var row = Rows(list, journey).ShouldHaveSingleItem();

        row.Cell(list, "Date Started to be Looked After").ShouldBe(Day("2025-06-01"));
        row.Cell(list, "Child's Legal Status").ShouldBe("C2: FCO");
        row.Cell(list, "Start date of current legal status").ShouldBe(Day("2026-01-15"));
        // The first period of care ended on 31 March 2025, the day before the 12 months began: not in them.
        row.Cell(list, "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)").ShouldBe("b) No");
        row.Cell(list, "Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)").ShouldBe("b) No");
        // The aunt (its status change is the same placement) and the home.
        row.Cell(list, "Number of Placements in the Last 12 months").ShouldBe(2);
        row.Cell(list, "Start Date of Most Recent Placement").ShouldBe(Day("2025-12-01"));
        row.Cell(list, "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months").ShouldBe(1);
        row.Cell(list, "Was the child offered a Return Interview after their last missing episode (Y/N)?").ShouldBe("a) Yes");
        row.Cell(list, "Did the child accept a Return Interview after their last missing episode (Y/N)?").ShouldBe("b) No");
        // Standing a day earlier, the first period of care (UASC) ended on the 12 months' first day: within them.
        var later = Rows(list, journey, "2026-03-30").ShouldHaveSingleItem();
        later.Cell(list, "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)").ShouldBe("a) Yes");
        later.Cell(list, "Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)").ShouldBe("a) Yes");
    }

    [Fact]
    public void Short_breaks_are_not_being_in_care()
    {
        var list = new ChildrenInCareList();
        Rows(list, Of(new EnteredCare(1, On("2026-01-10"), "V3", true, false))).ShouldBeEmpty();
    }
}
