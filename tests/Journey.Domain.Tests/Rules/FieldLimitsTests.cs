using Journey.Domain.Assessments;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using static Journey.Domain.Tests.Rules.Moments;

namespace Journey.Domain.Tests.Rules;

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
}
