using Journey.Domain.Calendars;
using Journey.Domain.Corrections;
using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Journey.Domain.Returns;
using Journey.Domain.Tests.Scenarios;
using Journey.Domain.Timescales;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.LookedAfterJourneys;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Returns;

/// <summary>
/// A fact stored before a return's rule was checked at entry stays readable and is found for the readiness list; it
/// does not stop later steps or the correction of earlier ones, while a step or correction bringing a breach is
/// refused (decision 96). The queries on work still open at the end of a census year, at their working-day edges.
/// </summary>
public sealed class StoredBreachesTests
{
    private static readonly DateTimeOffset Saturday = At("2025-03-15T10:00:00+00:00");

    /// <summary>Section 47 enquiry 1 (events 1 to 5) asked for a conference, held on Saturday 15 March 2025 as stored before rule 8875 was checked.</summary>
    private static JourneyBuilder WeekendConferenceStored(out ChildJourney journey)
    {
        var b = JourneyBuilder.Child().Section47ConcludedWith(Section47Outcome.InitialConference);
        journey = b.Journey.Evolve(new InitialConferenceHeld(1, 1, Saturday, true, "NEG")).Evolve(new ProtectionPlanStarted(1, 1, Saturday, "NEG"));
        return b;
    }

    [Fact]
    public void A_stored_weekend_conference_is_found_and_the_plan_it_started_can_still_be_ended()
    {
        WeekendConferenceStored(out var journey);

        var finding = ReturnRuleFindings.Of(journey).ShouldHaveSingleItem();
        finding.Rule.Code.ShouldBe("cin-8875");
        finding.Subject.ShouldBe("initial conference 1");
        finding.On.ShouldBe(new DateOnly(2025, 3, 15));
        Given(journey).When(new EndProtectionPlan(Day1.AddDays(40), "No longer at risk")).ShouldBeAccepted();
    }

    [Fact]
    public void Correcting_an_earlier_step_replays_a_stored_breach_without_refusing_it()
    {
        WeekendConferenceStored(out var journey);

        // Event 5 is the enquiry's conclusion on Day1 + 5; concluded a day later, the stored conference still follows it.
        Given(journey).When(new CorrectEvent(5, new Section47Concluded(1, Day1.AddDays(6), Section47Outcome.InitialConference), "Wrong day"))
            .ShouldBeAccepted();
    }

    [Fact]
    public void Correcting_a_conference_onto_a_Sunday_is_refused_naming_rule_8875()
    {
        var b = JourneyBuilder.Child().OnPlan();

        Given(b.Journey).When(new CorrectEvent(6, new InitialConferenceHeld(1, 1, Saturday.AddDays(1), true, "NEG"), "Wrong day"))
            .Violations.ShouldContain(v => v.Rule == "cin-8875" && v.Field == "replacement.occurredAt");
    }

    [Fact]
    public void A_correction_bringing_a_breach_to_a_later_step_is_refused_naming_the_rule()
    {
        // Police protection from Tuesday 4 March 2025 (event 2), changed to a care order 3 days later (event 3).
        var b = JourneyBuilder.Child().Contacted().EnteredCare(EnteredAt, "L1", planned: false).LegalStatusChanged(EnteredAt.AddDays(3), "C2");

        // Entering care corrected to Monday 3 March makes the later change end police protection after 4 days.
        var decision = Given(b.Journey).When(new CorrectEvent(2, new Domain.LookedAfter.EnteredCare(1, ContactAt.AddHours(1), "L1", false, false, null, null, null, null, null), "Wrong day"));

        decision.Violations.ShouldContain(v => v.Field == "version" && v.Rule == "later-steps-still-hold" && v.Message.Contains("ssda903-361"));
        Given(b.Journey).When(new CorrectEvent(2, new Domain.LookedAfter.EnteredCare(1, EnteredAt.AddHours(1), "L1", false, false, null, null, null, null, null), "Later that day")).ShouldBeAccepted();
    }

    [Fact]
    public void An_assessment_not_authorised_is_a_query_after_45_working_days_before_the_year_end_and_not_at_45()
    {
        var journey = JourneyBuilder.Child().Assessing().Journey;
        var started = UkTime.DateOf(journey.Assessments[0].StartedAt);
        var calendar = WorkingDayCalendar.EnglandAndWales;

        ReturnRuleFindings.Of(journey, calendar.AddWorkingDays(started, 45)).ShouldBeEmpty();
        ReturnRuleFindings.Of(journey, calendar.AddWorkingDays(started, 46)).ShouldHaveSingleItem().Rule.Code.ShouldBe("cin-8670Q");
        ReturnRuleFindings.Of(journey).ShouldBeEmpty();
    }

    [Fact]
    public void A_section_47_enquiry_with_no_conference_is_a_query_after_15_working_days_before_the_year_end()
    {
        var journey = JourneyBuilder.Child().Section47ConcludedWith(Section47Outcome.InitialConference).Journey;
        var started = UkTime.DateOf(journey.Enquiries[0].StartedAt);
        var calendar = WorkingDayCalendar.EnglandAndWales;

        ReturnRuleFindings.Of(journey, calendar.AddWorkingDays(started, 15)).ShouldBeEmpty();
        ReturnRuleFindings.Of(journey, calendar.AddWorkingDays(started, 16)).ShouldHaveSingleItem().Rule.Code.ShouldBe("cin-8675Q");
        ReturnRuleFindings.Of(JourneyBuilder.Child().Section47ConcludedWith(Section47Outcome.ChildInNeed).Journey, calendar.AddWorkingDays(started, 16))
            .ShouldBeEmpty();
    }

    [Fact]
    public void Police_protection_still_in_force_past_3_days_is_found_when_judged_on_a_day()
    {
        var journey = JourneyBuilder.Child().Contacted().EnteredCare(EnteredAt, "L1", planned: false).Journey;
        var entered = UkTime.DateOf(EnteredAt);

        ReturnRuleFindings.Of(journey, entered.AddDays(3)).ShouldBeEmpty();
        ReturnRuleFindings.Of(journey, entered.AddDays(4)).ShouldHaveSingleItem().Rule.Code.ShouldBe("ssda903-361");
        ReturnRuleFindings.Of(journey).ShouldBeEmpty();
    }
}
