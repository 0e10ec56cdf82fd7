using Journey.Domain.Children;
using Journey.Domain.Journeys;
using Journey.Domain.Reference;
using static Journey.Domain.Tests.Ssda903.CareSteps;

namespace Journey.Domain.Tests.Ssda903;

/// <summary>
/// Given a child's care steps, these SSDA903 episodes (decision 86): a new episode at each change of legal status or
/// placement or both, by UK day, with its RNE; the one before ceasing that day with X1 and the placement's reason.
/// </summary>
public sealed class DeriveEpisodesTests
{
    [Fact]
    public void Entering_care_and_the_first_placement_the_same_day_are_one_episode_started_to_be_looked_after()
    {
        Derived(Entered("2025-06-02T10:00:00+01:00", "V2"), Placed("2025-06-02T16:00:00+01:00", "U6"))
            .ShouldBe(["2025-06-02 S V2 U6 - - -"]);
    }

    [Fact]
    public void A_legal_status_and_a_placement_with_a_new_carer_changed_the_same_day_are_one_episode_B()
    {
        Derived(Entered("2025-06-02T10:00:00+01:00", "C1"), Placed("2025-06-02T11:00:00+01:00", "U6"),
                Status("2025-09-01T09:00:00+01:00", "C2"), Placed("2025-09-01T15:00:00+01:00", "U4", "CARPL", number: 2))
            .ShouldBe(["2025-06-02 S C1 U6 2025-09-01 X1 CARPL", "2025-09-01 B C2 U4 - - -"]);
    }

    [Fact]
    public void A_legal_status_and_a_change_in_the_status_of_the_placement_only_the_same_day_are_one_episode_U()
    {
        Derived(Entered("2025-06-02T10:00:00+01:00", "C1"), Placed("2025-06-02T11:00:00+01:00", "U6"),
                Placed("2025-09-01T09:00:00+01:00", "U4", "PLACE", number: 2), Status("2025-09-01T15:00:00+01:00", "C2"))
            .ShouldBe(["2025-06-02 S C1 U6 2025-09-01 X1 PLACE", "2025-09-01 U C2 U4 - - -"]);
    }

    [Fact]
    public void A_legal_status_alone_is_L_a_new_carer_alone_is_P_and_the_same_carer_alone_is_T()
    {
        Derived(Entered("2025-06-02T10:00:00+01:00", "V2"), Placed("2025-06-02T11:00:00+01:00", "U6"),
                Status("2025-07-01T10:00:00+01:00", "C1"),
                Placed("2025-08-01T10:00:00+01:00", "R1", "CREQB", number: 2),
                Placed("2025-09-01T10:00:00+01:00", "R1", "PLACE", number: 3))
            .ShouldBe([
                "2025-06-02 S V2 U6 2025-07-01 X1 -",
                "2025-07-01 L C1 U6 2025-08-01 X1 CREQB",
                "2025-08-01 P C1 R1 2025-09-01 X1 PLACE",
                "2025-09-01 T C1 R1 - - -",
            ]);
    }

    [Fact]
    public void Leaving_care_ends_the_last_episode_with_its_reason_and_a_new_period_of_care_starts_again()
    {
        Derived(Entered("2025-06-02T10:00:00+01:00", "V2"), Placed("2025-06-02T11:00:00+01:00", "U6"),
                Left("2025-07-10T10:00:00+01:00", "E4A"),
                Entered("2025-11-03T10:00:00+00:00", "C1", period: 2), Placed("2025-11-03T11:00:00+00:00", "U3", period: 2, number: 2))
            .ShouldBe(["2025-06-02 S V2 U6 2025-07-10 E4A -", "2025-11-03 S C1 U3 - - -"]);
    }

    [Fact]
    public void Days_are_UK_days_so_a_change_late_on_a_summer_evening_UTC_is_the_next_days_episode()
    {
        // 23:30 UTC on 31 March 2026 is 00:30 on 1 April in British Summer Time.
        Derived(Entered("2026-03-02T10:00:00+00:00", "C1"), Placed("2026-03-02T11:00:00+00:00", "U6"),
                Placed("2026-03-31T23:30:00+00:00", "U4", "CARPL", number: 2))
            .ShouldBe(["2026-03-02 S C1 U6 2026-04-01 X1 CARPL", "2026-04-01 P C1 U4 - - -"]);
    }

    [Fact]
    public void Changes_on_the_day_care_ends_open_no_episode_of_less_than_a_day()
    {
        Derived(Entered("2025-06-02T10:00:00+01:00", "C1"), Placed("2025-06-02T11:00:00+01:00", "U6"),
                Status("2025-10-01T09:00:00+01:00", "C2"), Left("2025-10-01T17:00:00+01:00", "E13"))
            .ShouldBe(["2025-06-02 S C1 U6 2025-10-01 E13 -"]);
    }

    [Fact]
    public void Several_changes_in_one_day_are_one_episode_with_the_days_last_legal_status_and_placement()
    {
        Derived(Entered("2025-06-02T10:00:00+01:00", "L1"), Status("2025-06-02T18:00:00+01:00", "V2"), Placed("2025-06-02T19:00:00+01:00", "U6"),
                Placed("2025-08-04T09:00:00+01:00", "U4", "CARPL", number: 2), Placed("2025-08-04T17:00:00+01:00", "U5", "STAND", number: 3))
            .ShouldBe(["2025-06-02 S V2 U6 2025-08-04 X1 CARPL", "2025-08-04 P V2 U5 - - -"]);
    }

    [Fact]
    public void A_legal_status_changed_and_changed_back_the_same_day_is_no_new_episode()
    {
        Derived(Entered("2025-06-02T10:00:00+01:00", "V2"), Placed("2025-06-02T11:00:00+01:00", "U6"),
                Status("2025-07-01T09:00:00+01:00", "C1"), Status("2025-07-01T15:00:00+01:00", "V2"))
            .ShouldBe(["2025-06-02 S V2 U6 - - -"]);
    }

    [Fact]
    public void No_reason_for_placement_change_is_given_on_moving_into_or_out_of_a_temporary_placement()
    {
        Derived(Entered("2025-06-02T10:00:00+01:00", "C2"), Placed("2025-06-02T11:00:00+01:00", "U4"),
                Placed("2025-07-01T10:00:00+01:00", "T0", "CARPL", number: 2), Placed("2025-07-08T10:00:00+01:00", "U4", "OTHER", number: 3))
            .ShouldBe(["2025-06-02 S C2 U4 2025-07-01 X1 -", "2025-07-01 P C2 T0 2025-07-08 X1 -", "2025-07-08 P C2 U4 - - -"]);
    }

    [Fact]
    public void A_first_placement_after_the_day_of_entering_care_leaves_the_first_episode_without_one()
    {
        Derived(Entered("2025-06-02T10:00:00+01:00", "L2"), Placed("2025-06-03T10:00:00+01:00", "U6"))
            .ShouldBe(["2025-06-02 S L2 - 2025-06-03 X1 -", "2025-06-03 P L2 U6 - - -"]);
    }

    [Fact]
    public void Steps_are_taken_in_the_order_they_happened_whatever_the_order_they_were_recorded_in()
    {
        // A placement recorded after a change of legal status but dated before it (a late or corrected record).
        Derived(Entered("2025-06-02T10:00:00+01:00", "C1"), Placed("2025-06-02T11:00:00+01:00", "U6"),
                Status("2025-09-01T09:00:00+01:00", "C2"), Placed("2025-08-01T10:00:00+01:00", "U4", "CARPL", number: 2))
            .ShouldBe(["2025-06-02 S C1 U6 2025-08-01 X1 CARPL", "2025-08-01 P C1 U4 2025-09-01 X1 -", "2025-09-01 L C2 U4 - - -"]);
    }

    [Fact]
    public void Steps_outside_care_make_no_episode()
    {
        Derived(new ChildDetailsRecorded(Scenarios.Moments.At("2025-06-01T10:00:00+01:00"), new DateOnly(2015, 1, 1), null, "F", "WBRI")).ShouldBeEmpty();
    }

    [Fact]
    public void Every_SSDA903_code_the_journey_records_begins_with_a_letter_or_digit_so_no_cell_of_the_return_reads_as_a_formula()
    {
        // OWASP "CSV Injection": a cell beginning =, +, -, @, tab or carriage return is a formula; the CSV writer would
        // neutralise one (decision 71), which would change a code the validators then refuse. None can begin so.
        string[] lists = [CodeLists.LegalStatus, CodeLists.PlacementType, CodeLists.PlacementChangeReason, CodeLists.ReasonEpisodeCeased,
            CodeLists.ReviewParticipation, CodeLists.InTouch, CodeLists.Activity, CodeLists.Accommodation, CodeLists.Sex, CodeLists.Ethnicity];
        foreach (var list in lists)
            CodeLists.Default.Codes(list).ShouldAllBe(code => code.Length > 0 && char.IsAsciiLetterOrDigit(code[0]), list);
        ChildId.Check("-1").ShouldNotBeNull("a child id begins with a letter or digit");
    }
}
