using Journey.Domain.Corrections;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Corrections;

public sealed class WithdrawEventTests
{
    private const string Why = "Recorded on the wrong child";

    [Fact]
    public void Appends_the_withdrawal_with_the_version_the_fact_the_reason_and_when_it_was_made()
    {
        var builder = JourneyBuilder.Child().Contact(Day1);

        Given(builder.Journey).When(new WithdrawEvent(1, Why))
            .ShouldAppend(new EventWithdrawn(1, builder.At<ContactReceived>(1), Why, Now));
    }

    [Fact]
    public void A_withdrawn_fact_stays_listed_but_the_journey_no_longer_sees_it()
    {
        var builder = JourneyBuilder.Child().Contact(Day1).Withdrawn(1, Why);
        var journey = builder.Journey;

        journey.Version.ShouldBe(2);
        journey.Contacts.ShouldBeEmpty();
        journey.Facts.ShouldBe([new RecordedFact(1, builder.At<ContactReceived>(1), FactStatus.Withdrawn)]);
        journey.Fact(1)!.IsEffective.ShouldBeFalse();
        Given(journey).When(new HoldStrategyDiscussion(Day1.AddDays(1), false))
            .ShouldBeRefusedWith(("heldAt", "discussion-needs-contact"));
    }

    [Fact]
    public void A_corrected_fact_is_withdrawn_as_it_now_stands()
    {
        var builder = JourneyBuilder.Child().Contact(Day1);
        var corrected = builder.At<ContactReceived>(1) with { Source = "6" };
        builder.Corrected(1, corrected); // v2

        Given(builder.Journey).When(new WithdrawEvent(1, Why)).ShouldAppend(new EventWithdrawn(1, corrected, Why, Now));
        builder.Withdrawn(1, Why);
        builder.Journey.Fact(1).ShouldBe(new RecordedFact(1, corrected, FactStatus.Withdrawn));
    }

    [Fact]
    public void A_withdrawn_decision_leaves_its_contact_awaiting_a_decision_again()
    {
        var builder = JourneyBuilder.Child().ContactDecidedForAssessment().Withdrawn(2, Why);
        var journey = builder.Journey;

        journey.Contacts.ShouldBe([new ContactState(1, Day1, null)]);
        var decidedAt = Day1.AddHours(3);
        Given(journey).When(new RecordFrontDoorDecision(decidedAt, FrontDoorOutcome.Signpost, "Below threshold", "MASH manager"))
            .ShouldAppend(new FrontDoorDecisionMade(1, decidedAt, FrontDoorOutcome.Signpost, "Below threshold", "MASH manager"));
    }

    [Fact]
    public void A_withdrawn_plan_end_leaves_the_plan_open_again()
    {
        var builder = JourneyBuilder.Child().OnPlan().PlanEnded(Day1.AddDays(40)).Withdrawn(8, Why);

        builder.Journey.OpenPlan.ShouldBe(new PlanState(1, Day1.AddDays(10), "NEG", null));
    }

    // Version and reason

    [Fact]
    public void Version_and_reason_are_required() =>
        Given(JourneyBuilder.Child().Contact(Day1).Journey).When(new WithdrawEvent(null, null))
            .ShouldBeRefusedWith(("version", "required"), ("reason", "required"));

    [Fact]
    public void Reason_is_required_and_at_most_2000_characters()
    {
        var journey = JourneyBuilder.Child().Contact(Day1).Journey;

        Given(journey).When(new WithdrawEvent(1, " ")).ShouldBeRefusedWith(("reason", "required"));
        Given(journey).When(new WithdrawEvent(1, new string('r', 2000))).ShouldBeAccepted();
        Given(journey).When(new WithdrawEvent(1, new string('r', 2001))).ShouldBeRefusedWith(("reason", "max-length"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(42)]
    public void An_unknown_version_is_not_a_fact(long version) =>
        Given(JourneyBuilder.Child().Contact(Day1).Journey).When(new WithdrawEvent(version, Why))
            .ShouldBeRefusedWith(("version", "fact-exists"));

    [Fact]
    public void Corrections_and_withdrawals_cannot_themselves_be_withdrawn()
    {
        var builder = JourneyBuilder.Child().Contact(Day1).Contact(Day1.AddHours(1));
        builder.Corrected(1, builder.At<ContactReceived>(1) with { Source = "6" }); // v3 EventCorrected
        builder.Withdrawn(2, Why); // v4 EventWithdrawn

        Given(builder.Journey).When(new WithdrawEvent(3, Why)).ShouldBeRefusedWith(("version", "fact-exists"));
        Given(builder.Journey).When(new WithdrawEvent(4, Why)).ShouldBeRefusedWith(("version", "fact-exists"));
    }

    [Fact]
    public void A_fact_cannot_be_withdrawn_twice()
    {
        var builder = JourneyBuilder.Child().Contact(Day1).Withdrawn(1, Why);

        var decision = Given(builder.Journey).When(new WithdrawEvent(1, "Again"));

        decision.ShouldBeRefusedWith(("version", "not-withdrawn"));
        decision.MessageFor("not-withdrawn").ShouldContain("version 1");
    }

    [Fact]
    public void A_section_47_start_is_withdrawn_through_its_discussion() =>
        Given(JourneyBuilder.Child().Section47Open().Journey).When(new WithdrawEvent(4, Why))
            .ShouldBeRefusedWith(("version", "withdraw-through-the-step-that-started-it"));

    [Fact]
    public void A_plan_start_is_withdrawn_through_its_conference() =>
        Given(JourneyBuilder.Child().OnPlan().Journey).When(new WithdrawEvent(7, Why))
            .ShouldBeRefusedWith(("version", "withdraw-through-the-step-that-started-it"));

    // Later steps first

    [Fact]
    public void A_contact_with_a_decision_needs_the_decision_withdrawn_first()
    {
        var decision = Given(JourneyBuilder.Child().ContactDecidedForAssessment().Journey).When(new WithdrawEvent(1, Why));

        decision.ShouldBeRefusedWith(("version", "withdraw-later-steps-first"));
        decision.MessageFor("withdraw-later-steps-first").ShouldContain("FrontDoorDecisionMade (version 2)");
    }

    [Fact]
    public void Every_later_step_on_a_contact_is_listed_in_stream_order()
    {
        var decision = Given(JourneyBuilder.Child().Referred().Journey).When(new WithdrawEvent(1, Why));

        decision.ShouldBeRefusedWith(("version", "withdraw-later-steps-first"));
        decision.MessageFor("withdraw-later-steps-first")
            .ShouldEndWith("FrontDoorDecisionMade (version 2), ReferralAccepted (version 3).");
    }

    [Fact]
    public void A_referral_with_an_assessment_needs_the_assessment_withdrawn_first()
    {
        var decision = Given(JourneyBuilder.Child().Assessing().Journey).When(new WithdrawEvent(3, Why));

        decision.ShouldBeRefusedWith(("version", "withdraw-later-steps-first"));
        decision.MessageFor("withdraw-later-steps-first").ShouldContain("AssessmentStarted (version 4)");
    }

    [Fact]
    public void An_assessment_with_its_authorisation_needs_the_authorisation_withdrawn_first()
    {
        var builder = JourneyBuilder.Child().Assessing().AssessmentAuthorised(Day1.AddDays(20)); // v5

        var decision = Given(builder.Journey).When(new WithdrawEvent(4, Why));

        decision.ShouldBeRefusedWith(("version", "withdraw-later-steps-first"));
        decision.MessageFor("withdraw-later-steps-first").ShouldContain("AssessmentAuthorised (version 5)");
    }

    [Fact]
    public void Withdrawing_the_later_steps_first_unblocks_the_earlier_one()
    {
        var builder = JourneyBuilder.Child().Assessing().Withdrawn(4, Why).Withdrawn(3, Why).Withdrawn(2, Why);

        Given(builder.Journey).When(new WithdrawEvent(1, Why)).ShouldAppend(new EventWithdrawn(1, builder.At<ContactReceived>(1), Why, Now));
    }

    [Fact]
    public void A_discussion_whose_enquiry_concluded_needs_the_conclusion_withdrawn_first_but_not_its_own_section_47_start()
    {
        var builder = JourneyBuilder.Child().Section47ConcludedWith(Section47Outcome.ChildInNeed); // v5 Section47Concluded

        var decision = Given(builder.Journey).When(new WithdrawEvent(3, Why));

        decision.ShouldBeRefusedWith(("version", "withdraw-later-steps-first"));
        var message = decision.MessageFor("withdraw-later-steps-first");
        message.ShouldContain("Section47Concluded (version 5)");
        message.ShouldNotContain(nameof(Section47Started));
    }

    [Fact]
    public void A_discussion_whose_enquiry_led_to_a_conference_lists_both_later_steps()
    {
        var builder = JourneyBuilder.Child().Section47ConcludedWith(Section47Outcome.InitialConference)
            .InitialConference(Day1.AddDays(10), planRequired: false); // v6

        var decision = Given(builder.Journey).When(new WithdrawEvent(3, Why));

        decision.ShouldBeRefusedWith(("version", "withdraw-later-steps-first"));
        decision.MessageFor("withdraw-later-steps-first")
            .ShouldEndWith("Section47Concluded (version 5), InitialConferenceHeld (version 6).");
    }

    [Fact]
    public void Withdrawing_a_discussion_that_initiated_an_open_enquiry_withdraws_the_enquirys_start_too()
    {
        var builder = JourneyBuilder.Child().Section47Open();

        Given(builder.Journey).When(new WithdrawEvent(3, Why)).ShouldAppend(
            new EventWithdrawn(3, builder.At<StrategyDiscussionHeld>(3), Why, Now),
            new EventWithdrawn(4, builder.At<Section47Started>(4), Why, Now));
    }

    [Fact]
    public void After_withdrawing_the_discussion_no_enquiry_is_open_and_the_next_ones_are_numbered_on()
    {
        var builder = JourneyBuilder.Child().Section47Open().Withdrawn(3, Why); // v5, v6
        var journey = builder.Journey;

        journey.Version.ShouldBe(6);
        journey.StrategyDiscussions.ShouldBeEmpty();
        journey.Enquiries.ShouldBeEmpty();
        journey.OpenEnquiry.ShouldBeNull();
        journey.Fact(3)!.Status.ShouldBe(FactStatus.Withdrawn);
        journey.Fact(4)!.Status.ShouldBe(FactStatus.Withdrawn);

        var at = Day1.AddDays(2);
        Given(journey).When(new HoldStrategyDiscussion(at, true)).ShouldAppend(
            new StrategyDiscussionHeld(2, at, true, null),
            new Section47Started(2, 2, at));
    }

    [Fact]
    public void Withdrawing_a_discussion_that_initiated_nothing_withdraws_only_it()
    {
        var builder = JourneyBuilder.Child().Section47Open().StrategyDiscussion(Day1.AddDays(2), false); // v5

        Given(builder.Journey).When(new WithdrawEvent(5, Why))
            .ShouldAppend(new EventWithdrawn(5, builder.At<StrategyDiscussionHeld>(5), Why, Now));
    }

    [Fact]
    public void Withdrawing_a_conference_that_started_a_plan_withdraws_the_plans_start_too()
    {
        var builder = JourneyBuilder.Child().OnPlan();

        Given(builder.Journey).When(new WithdrawEvent(6, Why)).ShouldAppend(
            new EventWithdrawn(6, builder.At<InitialConferenceHeld>(6), Why, Now),
            new EventWithdrawn(7, builder.At<ProtectionPlanStarted>(7), Why, Now));
    }

    [Fact]
    public void After_withdrawing_the_conference_the_enquiry_awaits_one_again_and_the_next_are_numbered_on()
    {
        var builder = JourneyBuilder.Child().OnPlan().Withdrawn(6, Why);
        var journey = builder.Journey;

        journey.Conferences.ShouldBeEmpty();
        journey.Plans.ShouldBeEmpty();
        journey.OpenPlan.ShouldBeNull();
        journey.EnquiryAwaitingConference!.Number.ShouldBe(1);

        var at = Day1.AddDays(14); // a Monday
        Given(journey).When(new HoldInitialConference(at, true, "PHY")).ShouldAppend(
            new InitialConferenceHeld(2, 1, at, true, "PHY"),
            new ProtectionPlanStarted(2, 2, at, "PHY"));
    }

    [Fact]
    public void A_conference_whose_plan_has_ended_needs_the_end_withdrawn_first()
    {
        var builder = JourneyBuilder.Child().OnPlan().PlanEnded(Day1.AddDays(40)); // v8

        var decision = Given(builder.Journey).When(new WithdrawEvent(6, Why));

        decision.ShouldBeRefusedWith(("version", "withdraw-later-steps-first"));
        var message = decision.MessageFor("withdraw-later-steps-first");
        message.ShouldContain("ProtectionPlanEnded (version 8)");
        message.ShouldNotContain(nameof(ProtectionPlanStarted));
    }

    [Fact]
    public void Once_the_plan_end_is_withdrawn_the_conference_and_plan_can_go()
    {
        var builder = JourneyBuilder.Child().OnPlan().PlanEnded(Day1.AddDays(40)).Withdrawn(8, Why);

        Given(builder.Journey).When(new WithdrawEvent(6, Why)).ShouldAppend(
            new EventWithdrawn(6, builder.At<InitialConferenceHeld>(6), Why, Now),
            new EventWithdrawn(7, builder.At<ProtectionPlanStarted>(7), Why, Now));
    }

    [Fact]
    public void A_withdrawn_later_step_no_longer_blocks()
    {
        var builder = JourneyBuilder.Child().ContactDecidedForAssessment().Withdrawn(2, Why);

        Given(builder.Journey).When(new WithdrawEvent(1, Why)).ShouldBeAccepted();
    }

    [Fact]
    public void Several_problems_are_all_reported()
    {
        var builder = JourneyBuilder.Child().Section47Open();

        Given(builder.Journey).When(new WithdrawEvent(9, null)).ShouldBeRefusedWith(
            ("reason", "required"),
            ("version", "fact-exists"));
        Given(builder.Journey).When(new WithdrawEvent(4, "")).ShouldBeRefusedWith(
            ("reason", "required"),
            ("version", "withdraw-through-the-step-that-started-it"));
    }

    // A blank reason must not hide the other problems: all are reported together.
    [Fact]
    public void A_missing_reason_is_reported_together_with_later_steps_first()
    {
        var builder = JourneyBuilder.Child().ContactDecidedForAssessment();

        Given(builder.Journey).When(new WithdrawEvent(1, "")).ShouldBeRefusedWith(
            ("reason", "required"),
            ("version", "withdraw-later-steps-first"));
    }
}
