using Journey.Domain.Assessments;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Journeys;

public sealed class FieldLimitsTests
{
    private static readonly ChildJourney NewChild = ChildJourney.New("C-1");

    [Fact]
    public void Optional_free_text_no_rule_looks_at_is_held_to_2000_characters()
    {
        new RecordContact(Day1, "2A", "Concerns", ConsentStatus.Refused, new string('r', 2000)).DecideWithinLimits(NewChild, Now).ShouldBeAccepted();
        new RecordContact(Day1, "2A", "Concerns", ConsentStatus.Refused, new string('r', 2001)).DecideWithinLimits(NewChild, Now)
            .ShouldBeRefusedWith(("consentRationale", "max-length"));
    }

    [Fact]
    public void A_name_declared_with_MaxLength_is_held_to_200_characters()
    {
        var journey = JourneyBuilder.Child().Contact(Day1).Journey;
        new RecordFrontDoorDecision(Day1.AddHours(2), FrontDoorOutcome.Signpost, "Rationale", new string('m', 200)).DecideWithinLimits(journey, Now).ShouldBeAccepted();
        new RecordFrontDoorDecision(Day1.AddHours(2), FrontDoorOutcome.Signpost, "Rationale", new string('m', 201)).DecideWithinLimits(journey, Now)
            .ShouldBeRefusedWith(("decidedBy", "max-length"));
    }

    [Fact]
    public void A_list_is_held_to_100_entries_of_200_characters()
    {
        FieldLimits.Check(new CompleteAssessment(Day1, true, true, [.. Enumerable.Repeat("1A", 100)], AssessmentOutcome.NoFurtherAction)).ShouldBeEmpty();
        FieldLimits.Check(new CompleteAssessment(Day1, true, true, [.. Enumerable.Repeat("1A", 101)], AssessmentOutcome.NoFurtherAction))
            .Select(v => (v.Field, v.Rule)).ShouldBe([("factors", "max-length")]);
        FieldLimits.Check(new CompleteAssessment(Day1, true, true, [new string('f', 201)], AssessmentOutcome.NoFurtherAction))
            .Select(v => (v.Field, v.Rule)).ShouldBe([("factors", "max-length")]);
    }

    [Fact]
    public void Limits_and_rules_are_reported_together_and_a_limit_a_rule_also_names_once()
    {
        new RecordContact(null, "2A", new string('c', 2001), ConsentStatus.Refused, new string('r', 2001)).DecideWithinLimits(NewChild, Now)
            .ShouldBeRefusedWith(("concerns", "max-length"), ("consentRationale", "max-length"), ("receivedAt", "required"));
    }

    [Theory]
    [InlineData("Seen at school.\nBruising on the arm.\r\n\tReported by the class teacher.")]
    [InlineData("Zoë said “it hurts” 😟 \uFFFE")]
    public void Free_text_may_run_over_lines_and_hold_any_character_that_is_not_a_control(string concerns) =>
        new RecordContact(Day1, "2A", concerns, ConsentStatus.Given, null).DecideWithinLimits(NewChild, Now).ShouldBeAccepted();

    [Theory]
    [InlineData("Bruising\u0000")]
    [InlineData("\u0001")]
    [InlineData("Bruising \u001b[31m")]
    [InlineData("\u007f")]
    [InlineData("next line \u0085")]
    [InlineData("\u009f")]
    public void Free_text_holds_no_control_character_but_tab_and_line_breaks(string concerns) =>
        new RecordContact(Day1, "2A", concerns, ConsentStatus.Given, null).DecideWithinLimits(NewChild, Now)
            .ShouldBeRefusedWith(("concerns", "no-control-characters"));

    [Theory]
    [InlineData("Amy\nSmith")]
    [InlineData("Amy\tSmith")]
    [InlineData("Amy\rSmith")]
    [InlineData("Amy\u0000")]
    public void A_name_holds_no_control_character_not_even_a_line_break(string name)
    {
        var journey = JourneyBuilder.Child().Contact(Day1).Journey;
        new RecordFrontDoorDecision(Day1.AddHours(2), FrontDoorOutcome.Signpost, "Rationale\nover two lines", "Amy Smith").DecideWithinLimits(journey, Now).ShouldBeAccepted();
        new RecordFrontDoorDecision(Day1.AddHours(2), FrontDoorOutcome.Signpost, "Rationale", name).DecideWithinLimits(journey, Now)
            .ShouldBeRefusedWith(("decidedBy", "no-control-characters"));
    }

    [Fact]
    public void A_code_and_a_list_entry_hold_no_control_character()
    {
        new RecordContact(Day1, "2A\n", "Concerns", ConsentStatus.Given, null).DecideWithinLimits(NewChild, Now)
            .ShouldBeRefusedWith(("source", "no-control-characters"), ("source", "cin-referral-source"));
        FieldLimits.Check(new CompleteAssessment(Day1, true, true, ["1A", "2B\t"], AssessmentOutcome.NoFurtherAction))
            .Select(v => (v.Field, v.Rule)).ShouldBe([("factors", "no-control-characters")]);
    }
}
