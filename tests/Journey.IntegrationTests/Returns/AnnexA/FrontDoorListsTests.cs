using Journey.Api.Returns.AnnexA;
using Journey.Domain.Assessments;
using Journey.Domain.EarlyHelp;
using Journey.Domain.Protection;
using static Journey.IntegrationTests.Returns.AnnexA.AnnexAJourneys;

namespace Journey.IntegrationTests.Returns.AnnexA;

/// <summary>Lists 1 to 5 (contacts, early help, referrals, assessments, section 47 enquiries) at the edges of the six months to 31 March 2026.</summary>
public sealed class FrontDoorListsTests
{
    [Fact]
    public void Contacts_are_listed_by_the_UK_day_they_were_received_from_the_first_day_of_the_six_months_to_the_last()
    {
        // 1 October 2025 began at 23:00 UTC on 30 September (summer time); 31 March 2026 ended at 23:00 UTC (summer time from 29 March).
        var journey = Of(
            Contact(1, DateTimeOffset.Parse("2025-09-30T22:59:00Z")), Contact(2, DateTimeOffset.Parse("2025-09-30T23:00:00Z")),
            Contact(3, DateTimeOffset.Parse("2026-03-31T22:59:00Z")), Contact(4, DateTimeOffset.Parse("2026-03-31T23:00:00Z"), "5D"));
        var list = new ContactsList();

        var rows = Rows(list, journey);

        rows.Select(r => r.Cell(list, "Date of Contact")).ShouldBe([Day("2025-10-01"), Day("2026-03-31")]);
        rows[0].Cell(list, "Contact Source").ShouldBe("e) 2A: Schools");
        Rows(list, journey, "2026-04-01").Select(r => r.Cell(list, "Contact Source")).ShouldBe(["e) 2A: Schools", "p1) 5D: LA services"]);
    }

    [Fact]
    public void Any_period_asked_for_lists_the_contacts_from_its_first_day_to_its_last()
    {
        var journey = Of(Contact(1, On("2024-01-09")), Contact(2, On("2024-01-10")), Contact(3, On("2024-02-20")), Contact(4, On("2024-02-21")));
        var list = new ContactsList();

        Rows(list, journey, AnnexAPeriod.Between(Day("2024-01-10"), Day("2024-02-20"))).Select(r => r.Cell(list, "Date of Contact"))
            .ShouldBe([Day("2024-01-10"), Day("2024-02-20")]);
    }

    [Fact]
    public void Early_help_begun_in_the_six_months_or_open_at_their_end_is_listed_with_the_plan_as_the_assessment_done()
    {
        var journey = Of(
            new EarlyHelpStarted(1, On("2025-09-30"), "Kai Patel"), new EarlyHelpClosed(1, On("2025-12-01"), EarlyHelpClosure.NeedsMet),
            new EarlyHelpStarted(2, On("2025-10-01"), "Kai Patel"), new EarlyHelpPlanAgreed(2, On("2025-10-08")), new EarlyHelpClosed(2, On("2025-10-20"), EarlyHelpClosure.NeedsMet),
            new EarlyHelpStarted(3, On("2025-09-01"), "Ann Lee"),
            new EarlyHelpStarted(4, On("2026-04-01"), "Ann Lee"));
        var list = new EarlyHelpList();

        var rows = Rows(list, journey);

        rows.Select(r => r.Cell(list, "Assessment start date")).ShouldBe([Day("2025-10-01"), Day("2025-09-01")]);
        rows.Select(r => r.Cell(list, "Assessment completion date")).ShouldBe([Day("2025-10-08"), null]);
        rows.Select(r => r.Cell(list, "Organisation completing assessment")).ShouldBe(["Kai Patel", "Ann Lee"]);
    }

    [Fact]
    public void Referrals_in_the_six_months_count_the_earlier_referrals_from_twelve_months_before_each()
    {
        var journey = Of(
            Contact(1, On("2024-09-30")), Referral(1, "2024-09-30"), Contact(2, On("2024-10-01")), Referral(2, "2024-10-01"),
            Contact(3, On("2025-09-30"), "6"), Referral(3, "2025-09-30"), Contact(4, On("2025-10-01"), "6"), Referral(4, "2025-10-01", noFurtherAction: true));
        var list = new ReferralsList();

        var row = Rows(list, journey).ShouldHaveSingleItem();

        row.Cell(list, "Date of referral").ShouldBe(Day("2025-10-01"));
        row.Cell(list, "Referral Source").ShouldBe("q) 6: Police");
        row.Cell(list, "Referral NFA?").ShouldBe("a) Yes");
        // 1 October 2024 (12 months before, that day included) and 30 September 2025; not 30 September 2024.
        row.Cell(list, "Number of Referrals in Last 12 Months").ShouldBe(2);
        row.Cell(list, "Allocated Team").ShouldBe("Unallocated");
    }

    [Fact]
    public void Assessments_under_way_at_some_time_in_the_six_months_are_listed()
    {
        var journey = Of(
            new AssessmentStarted(1, 1, On("2025-06-01")), new AssessmentAuthorised(1, 1, On("2025-09-30"), "tm"),
            new AssessmentStarted(2, 1, On("2025-06-02")),
            new AssessmentCompleted(2, 1, On("2025-09-20"), true, false, ["21"], AssessmentOutcome.ChildInNeedPlan),
            new AssessmentAuthorised(2, 1, On("2025-10-01"), "tm"),
            new AssessmentStarted(3, 1, On("2026-03-31")), new AssessmentStarted(4, 1, On("2026-04-01")));
        var list = new AssessmentsList();

        var rows = Rows(list, journey);

        rows.Select(r => r.Cell(list, "Continuous Assessment Start Date")).ShouldBe([Day("2025-06-02"), Day("2026-03-31")]);
        rows.Select(r => r.Cell(list, "Child Seen During Continuous Assessment")).ShouldBe(["a) Yes", "c) Unknown"]);
        rows.Select(r => r.Cell(list, "Was the child assessed as requiring LA children's social care support?")).ShouldBe(["a) Yes", null]);
        rows.Select(r => r.Cell(list, "Does the Child have a Disability")).ShouldAllBe(d => (string?)d == "c) Unknown");
    }

    [Fact]
    public void Section_47_enquiries_under_way_in_the_six_months_are_listed_with_the_conference_and_the_earlier_ones()
    {
        var journey = Of(
            new Section47Started(1, 1, On("2024-10-01")), new Section47Concluded(1, On("2024-10-10"), Section47Outcome.InitialConference),
            new InitialConferenceHeld(1, 1, On("2024-10-20"), false, null),
            new Section47Started(2, 2, On("2025-09-01")), new Section47Concluded(2, On("2025-09-30"), Section47Outcome.NoFurtherAction),
            new Section47Started(3, 3, On("2025-09-02")), new Section47Concluded(3, On("2025-10-01"), Section47Outcome.InitialConference),
            new InitialConferenceHeld(2, 3, On("2025-10-15"), true, "NEG"),
            new Section47Started(4, 4, On("2026-03-01")));
        var list = new Section47List();

        var rows = Rows(list, journey);

        rows.Select(r => r.Cell(list, "Strategy discussion initiating Section 47 Enquiry Start Date")).ShouldBe([Day("2025-09-02"), Day("2026-03-01")]);
        rows.Select(r => r.Cell(list, "Was an Initial Child Protection Conference deemed unnecessary?")).ShouldBe(["b) No", null]);
        rows.Select(r => r.Cell(list, "Date of Initial Child Protection Conference")).ShouldBe([Day("2025-10-15"), null]);
        rows.Select(r => r.Cell(list, "Did the Initial Child Protection Conference Result in a Child Protection Plan")).ShouldBe(["a) Yes", null]);
        // From 12 months before each start to the day before: 1 October 2024 and 1 September 2025 before 2 September 2025 (and the
        // conference of 20 October 2024); 1 and 2 September 2025 before 1 March 2026 (and the conference of 15 October 2025).
        rows.Select(r => r.Cell(list, "Number of Section 47 Enquiries in the last 12 months")).ShouldBe([2, 2]);
        rows.Select(r => r.Cell(list, "Number of ICPCs in the last 12 months")).ShouldBe([1, 1]);
    }
}
