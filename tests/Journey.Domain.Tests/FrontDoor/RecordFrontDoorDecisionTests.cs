using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.FrontDoor;

public sealed class RecordFrontDoorDecisionTests
{
    private static readonly DateTimeOffset DecidedAt = Day1.AddHours(3);

    private static RecordFrontDoorDecision Valid(DateTimeOffset? at = null, int? contactNumber = null) =>
        new(at ?? DecidedAt, FrontDoorOutcome.ReferralForAssessment, "Threshold met", "MASH manager", contactNumber);

    private static ChildJourney OneContact() => JourneyBuilder.Child().Contact(Day1).Journey;

    [Fact]
    public void Decides_the_contact_awaiting_a_decision()
    {
        Given(OneContact()).When(Valid()).ShouldAppend(
            new FrontDoorDecisionMade(1, DecidedAt, FrontDoorOutcome.ReferralForAssessment, "Threshold met", "MASH manager"));
    }

    [Fact]
    public void Without_a_contact_number_decides_the_earliest_contact_still_awaiting_one()
    {
        var journey = JourneyBuilder.Child()
            .Contact(Day1).Contact(Day1.AddHours(1)).Contact(Day1.AddHours(2))
            .Decided(Day1.AddHours(2), FrontDoorOutcome.Signpost, contactNumber: 1)
            .Decided(Day1.AddHours(2), FrontDoorOutcome.Signpost, contactNumber: 3)
            .Journey; // contacts 1 and 3 decided, 2 awaiting

        Given(journey).When(Valid()).Events.ShouldHaveSingleItem()
            .ShouldBeOfType<FrontDoorDecisionMade>().ContactNumber.ShouldBe(2);

        var earliestAwaiting = JourneyBuilder.Child()
            .Contact(Day1).Contact(Day1.AddHours(1)).Contact(Day1.AddHours(2))
            .Decided(Day1.AddHours(2), FrontDoorOutcome.Signpost, contactNumber: 2)
            .Journey; // contacts 1 and 3 awaiting

        Given(earliestAwaiting).When(Valid()).Events.ShouldHaveSingleItem()
            .ShouldBeOfType<FrontDoorDecisionMade>().ContactNumber.ShouldBe(1);
    }

    [Fact]
    public void With_a_contact_number_decides_that_contact()
    {
        var journey = JourneyBuilder.Child().Contact(Day1).Contact(Day1.AddHours(1)).Journey;

        Given(journey).When(Valid(contactNumber: 2)).Events.ShouldHaveSingleItem()
            .ShouldBeOfType<FrontDoorDecisionMade>().ContactNumber.ShouldBe(2);
    }

    [Fact]
    public void Deciding_folds_the_outcome_onto_the_contact()
    {
        var journey = JourneyBuilder.Child().Contact(Day1).Decided(DecidedAt, FrontDoorOutcome.StrategyDiscussion).Journey;

        journey.Contacts.ShouldBe([new ContactState(1, Day1, FrontDoorOutcome.StrategyDiscussion, DecidedAt)]);
    }

    [Fact]
    public void Decided_just_inside_the_clock_skew_allowance_is_accepted() =>
        Given(OneContact()).When(Valid(JustInsideSkew)).ShouldBeAccepted();

    [Fact]
    public void Decided_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        Given(OneContact()).When(Valid(JustOutsideSkew)).ShouldBeRefusedWith(("decidedAt", "not-in-future"));

    [Fact]
    public void Needs_a_contact_awaiting_a_decision() =>
        Given(ChildJourney.New("C1")).When(Valid()).ShouldBeRefusedWith(("contactNumber", "contact-awaiting-decision"));

    [Fact]
    public void Needs_the_named_contact_to_be_on_the_record()
    {
        var decision = Given(OneContact()).When(Valid(contactNumber: 7));

        decision.ShouldBeRefusedWith(("contactNumber", "contact-awaiting-decision"));
        decision.MessageFor("contact-awaiting-decision").ShouldContain("Contact 7");
    }

    [Fact]
    public void Without_a_contact_number_every_contact_already_decided_leaves_none_awaiting()
    {
        var journey = JourneyBuilder.Child().Contact(Day1).Decided(DecidedAt, FrontDoorOutcome.NoFurtherAction).Journey;

        Given(journey).When(Valid()).ShouldBeRefusedWith(("contactNumber", "contact-awaiting-decision"));
    }

    [Fact]
    public void Only_one_decision_per_contact()
    {
        var journey = JourneyBuilder.Child().Contact(Day1).Decided(DecidedAt, FrontDoorOutcome.NoFurtherAction).Journey;

        var decision = Given(journey).When(Valid(contactNumber: 1));

        decision.ShouldBeRefusedWith(("contactNumber", "one-decision-per-contact"));
        decision.MessageFor("one-decision-per-contact").ShouldContain("Contact 1");
    }

    [Fact]
    public void Decision_may_be_at_the_very_moment_the_contact_was_received() =>
        Given(OneContact()).When(Valid(Day1)).ShouldBeAccepted();

    [Fact]
    public void Decision_cannot_come_before_the_contact() =>
        Given(OneContact()).When(Valid(Day1 - Tick)).ShouldBeRefusedWith(("decidedAt", "decision-after-contact"));

    [Fact]
    public void Instants_are_compared_not_wall_clock_readings()
    {
        // 09:30 in UTC is 10:30 in BST: after a contact received at 10:00+01:00, although "09:30" reads earlier.
        var journey = JourneyBuilder.Child().Contact(At("2025-06-02T10:00:00+01:00")).Journey;

        Given(journey).When(Valid(At("2025-06-02T09:30:00+00:00"))).ShouldBeAccepted();
        Given(journey).When(Valid(At("2025-06-02T08:59:00+00:00")))
            .ShouldBeRefusedWith(("decidedAt", "decision-after-contact"));
    }

    [Fact]
    public void Refuses_an_outcome_that_is_not_defined() =>
        Given(OneContact()).When((Valid() with { Outcome = (FrontDoorOutcome)7 }))
            .ShouldBeRefusedWith(("outcome", "known-value"));

    [Fact]
    public void Missing_rationale_and_decided_by_are_both_reported()
    {
        var command = new RecordFrontDoorDecision(DecidedAt, FrontDoorOutcome.EarlyHelp, null, " ");

        Given(OneContact()).When(command).ShouldBeRefusedWith(
            ("rationale", "required"),
            ("decidedBy", "required"));
    }

    [Fact]
    public void Everything_wrong_at_once_is_all_reported()
    {
        var journey = JourneyBuilder.Child().Contact(Day1).Decided(DecidedAt, FrontDoorOutcome.NoFurtherAction).Journey;
        var command = new RecordFrontDoorDecision(null, null, null, null, ContactNumber: 1);

        Given(journey).When(command).ShouldBeRefusedWith(
            ("decidedAt", "required"),
            ("outcome", "required"),
            ("rationale", "required"),
            ("decidedBy", "required"),
            ("contactNumber", "one-decision-per-contact"));
    }
}
