using Journey.Domain.Corrections;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Corrections;

public sealed class CorrectEventTests
{
    private const string Why = "Contact time typed wrongly";

    // ContactDecidedForAssessment: v1 ContactReceived(1, Day1), v2 FrontDoorDecisionMade(1, Day1 + 1h).
    private static JourneyBuilder Decided() => JourneyBuilder.Child().ContactDecidedForAssessment();

    private static ContactReceived Contact1(JourneyBuilder b) => b.At<ContactReceived>(1);

    [Fact]
    public void Appends_the_correction_with_the_version_both_forms_the_reason_and_when_it_was_made()
    {
        var builder = Decided();
        var original = Contact1(builder);
        var replacement = original with { OccurredAt = Day1.AddMinutes(30) };

        Given(builder.Journey).When(new CorrectEvent(1, replacement, Why))
            .ShouldAppend(new EventCorrected(1, original, replacement, Why, Now));
    }

    [Fact]
    public void The_correction_is_made_at_the_time_decided_not_at_the_facts_time()
    {
        var builder = Decided();
        var replacement = Contact1(builder) with { Concerns = "Bruising and a burn seen at school" };
        var later = Now.AddDays(3);

        Given(builder.Journey).When(new CorrectEvent(1, replacement, Why), later).Events.ShouldHaveSingleItem()
            .ShouldBeOfType<EventCorrected>().OccurredAt.ShouldBe(later);
    }

    [Fact]
    public void A_corrected_contact_time_is_what_the_journey_sees()
    {
        var builder = Decided();
        var original = Contact1(builder);
        var replacement = original with { OccurredAt = Day1.AddMinutes(30) };

        builder.Corrected(1, replacement, Why);
        var journey = builder.Journey;

        journey.Version.ShouldBe(3);
        journey.Contacts.Single().ShouldBe(new ContactState(1, Day1.AddMinutes(30), FrontDoorOutcome.ReferralForAssessment, journey.Contacts.Single().DecidedAt));
        journey.Contacts.Single().DecidedAt.ShouldNotBeNull();
        journey.Fact(1).ShouldBe(new RecordedFact(1, replacement, FactStatus.Corrected));
        journey.Fact(2)!.Status.ShouldBe(FactStatus.Recorded);
    }

    [Fact]
    public void The_correction_itself_is_not_listed_as_a_fact()
    {
        var builder = Decided();
        builder.Corrected(1, Contact1(builder) with { OccurredAt = Day1.AddMinutes(30) });

        builder.Journey.Facts.Select(f => f.Version).ShouldBe([1L, 2L]);
        builder.Journey.Fact(3).ShouldBeNull();
    }

    [Fact]
    public void Correcting_a_section_47_outcome_away_from_a_conference_leaves_no_enquiry_awaiting_one()
    {
        // v5 Section47Concluded(1, Day1 + 5, InitialConference)
        var builder = JourneyBuilder.Child().Section47ConcludedWith(Section47Outcome.InitialConference);
        builder.Journey.EnquiryAwaitingConference.ShouldNotBeNull();
        var original = builder.At<Section47Concluded>(5);
        var replacement = original with { Outcome = Section47Outcome.NoFurtherAction };

        var decision = Given(builder.Journey).When(new CorrectEvent(5, replacement, "Outcome picked wrongly"));
        decision.ShouldAppend(new EventCorrected(5, original, replacement, "Outcome picked wrongly", Now));
        builder.Apply(new CorrectEvent(5, replacement, "Outcome picked wrongly"));

        var journey = builder.Journey;
        journey.EnquiryAwaitingConference.ShouldBeNull();
        journey.Enquiries.ShouldBe([new EnquiryState(1, 1, Day1.AddDays(1), Day1.AddDays(5), Section47Outcome.NoFurtherAction)]);
        journey.Fact(5).ShouldBe(new RecordedFact(5, replacement, FactStatus.Corrected));
        Given(journey).When(new HoldInitialConference(Day1.AddDays(10), false))
            .ShouldBeRefusedWith(("heldAt", "conference-needs-section-47-asking-for-one"));
    }

    [Fact]
    public void A_fact_corrected_twice_is_corrected_from_how_it_now_stands()
    {
        var builder = Decided();
        var original = Contact1(builder);
        var first = original with { OccurredAt = Day1.AddMinutes(30) };
        var second = first with { Source = "6" };
        builder.Corrected(1, first);

        Given(builder.Journey).When(new CorrectEvent(1, second, Why))
            .ShouldAppend(new EventCorrected(1, first, second, Why, Now));
        builder.Corrected(1, second);

        builder.Journey.Fact(1).ShouldBe(new RecordedFact(1, second, FactStatus.Corrected));
        builder.Journey.Contacts.Single().ReceivedAt.ShouldBe(Day1.AddMinutes(30));
        builder.Journey.Version.ShouldBe(4);
    }

    [Fact]
    public void Putting_back_the_original_form_is_a_change_from_how_it_now_stands()
    {
        var builder = Decided();
        var original = Contact1(builder);
        var wrong = original with { OccurredAt = Day1.AddMinutes(30) };
        builder.Corrected(1, wrong);

        Given(builder.Journey).When(new CorrectEvent(1, original, Why))
            .ShouldAppend(new EventCorrected(1, wrong, original, Why, Now));
    }

    // Version

    [Fact]
    public void Version_reason_and_replacement_are_required() =>
        Given(Decided().Journey).When(new CorrectEvent(null, null, null)).ShouldBeRefusedWith(
            ("version", "required"),
            ("reason", "required"),
            ("replacement", "required"));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Reason_is_required(string reason)
    {
        var builder = Decided();
        Given(builder.Journey).When(new CorrectEvent(1, Contact1(builder) with { OccurredAt = Day1.AddMinutes(30) }, reason))
            .ShouldBeRefusedWith(("reason", "required"));
    }

    [Fact]
    public void Reason_is_at_most_2000_characters()
    {
        var builder = Decided();
        var replacement = Contact1(builder) with { OccurredAt = Day1.AddMinutes(30) };

        Given(builder.Journey).When(new CorrectEvent(1, replacement, new string('r', 2000))).ShouldBeAccepted();
        Given(builder.Journey).When(new CorrectEvent(1, replacement, new string('r', 2001)))
            .ShouldBeRefusedWith(("reason", "max-length"));
    }

    [Fact]
    public void Version_is_required_even_with_a_replacement()
    {
        var builder = Decided();
        Given(builder.Journey).When(new CorrectEvent(null, Contact1(builder) with { OccurredAt = Day1.AddMinutes(30) }, Why))
            .ShouldBeRefusedWith(("version", "required"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(99)]
    [InlineData(-1)]
    public void An_unknown_version_is_not_a_fact(long version)
    {
        var builder = Decided();
        var decision = Given(builder.Journey).When(new CorrectEvent(version, Contact1(builder) with { OccurredAt = Day1.AddMinutes(30) }, Why));

        decision.ShouldBeRefusedWith(("version", "fact-exists"));
        decision.MessageFor("fact-exists").ShouldContain($"Version {version}");
    }

    [Fact]
    public void A_correction_cannot_itself_be_corrected()
    {
        var builder = Decided();
        var original = Contact1(builder);
        builder.Corrected(1, original with { OccurredAt = Day1.AddMinutes(30) }); // v3 EventCorrected

        Given(builder.Journey).When(new CorrectEvent(3, original with { OccurredAt = Day1.AddMinutes(20) }, Why))
            .ShouldBeRefusedWith(("version", "fact-exists"));
        Given(builder.Journey).When(new CorrectEvent(3, builder.At<EventCorrected>(3) with { Reason = "Other" }, Why))
            .ShouldBeRefusedWith(("version", "fact-exists"));
    }

    [Fact]
    public void A_withdrawal_cannot_be_corrected()
    {
        var builder = JourneyBuilder.Child().Contact(Day1).Contact(Day1.AddHours(1)).Withdrawn(2); // v3 EventWithdrawn

        Given(builder.Journey).When(new CorrectEvent(3, builder.At<ContactReceived>(2) with { Source = "6" }, Why))
            .ShouldBeRefusedWith(("version", "fact-exists"));
    }

    [Fact]
    public void A_withdrawn_fact_cannot_be_corrected()
    {
        var builder = JourneyBuilder.Child().Contact(Day1).Contact(Day1.AddHours(1)).Withdrawn(2);

        var decision = Given(builder.Journey).When(new CorrectEvent(2, builder.At<ContactReceived>(2) with { Source = "6" }, Why));

        decision.ShouldBeRefusedWith(("version", "not-withdrawn"));
        decision.MessageFor("not-withdrawn").ShouldContain("version 2");
    }

    [Fact]
    public void A_section_47_start_is_corrected_through_the_discussion_that_started_it()
    {
        var builder = JourneyBuilder.Child().Section47Open(); // v4 Section47Started(1, 1, Day1 + 1)
        var started = builder.At<Section47Started>(4);

        var decision = Given(builder.Journey).When(new CorrectEvent(4, started with { OccurredAt = Day1.AddDays(2) }, Why));

        decision.ShouldBeRefusedWith(("version", "correct-through-the-step-that-started-it"));
        decision.MessageFor("correct-through-the-step-that-started-it").ShouldContain(nameof(Section47Started));
    }

    [Fact]
    public void A_plan_start_is_corrected_through_the_conference_that_started_it()
    {
        var builder = JourneyBuilder.Child().OnPlan(); // v7 ProtectionPlanStarted(1, 1, Day1 + 10, NEG)
        var started = builder.At<ProtectionPlanStarted>(7);

        var decision = Given(builder.Journey).When(new CorrectEvent(7, started with { Category = "PHY" }, Why));

        decision.ShouldBeRefusedWith(("version", "correct-through-the-step-that-started-it"));
        decision.MessageFor("correct-through-the-step-that-started-it").ShouldContain(nameof(ProtectionPlanStarted));
    }

    // Replacement

    [Fact]
    public void A_replacement_is_required() =>
        Given(Decided().Journey).When(new CorrectEvent(1, null, Why)).ShouldBeRefusedWith(("replacement", "required"));

    [Fact]
    public void The_replacement_is_the_same_kind_of_fact()
    {
        var builder = Decided();
        var decision = Given(builder.Journey).When(new CorrectEvent(1, builder.At<FrontDoorDecisionMade>(2), Why));

        decision.ShouldBeRefusedWith(("replacement", "same-kind-of-fact"));
        decision.MessageFor("same-kind-of-fact").ShouldContain(nameof(ContactReceived));
    }

    [Fact]
    public void A_contact_keeps_its_number()
    {
        var builder = Decided();
        var decision = Given(builder.Journey).When(new CorrectEvent(1, Contact1(builder) with { ContactNumber = 2 }, Why));

        decision.ShouldBeRefusedWith(("replacement", "keeps-episode-numbers"));
        decision.MessageFor("keeps-episode-numbers").ShouldContain("ContactNumber 1");
    }

    [Fact]
    public void A_decision_keeps_the_number_of_the_contact_it_decided()
    {
        var builder = JourneyBuilder.Child().Contact(Day1).Contact(Day1.AddHours(1)).Decided(Day1.AddHours(2), FrontDoorOutcome.Signpost, 1);
        var decided = builder.At<FrontDoorDecisionMade>(3);

        Given(builder.Journey).When(new CorrectEvent(3, decided with { ContactNumber = 2 }, Why))
            .ShouldBeRefusedWith(("replacement", "keeps-episode-numbers"));
        Given(builder.Journey).When(new CorrectEvent(3, decided with { Outcome = FrontDoorOutcome.EarlyHelp }, Why))
            .ShouldBeAccepted();
    }

    [Fact]
    public void A_referral_keeps_both_its_own_number_and_its_contacts()
    {
        var builder = JourneyBuilder.Child().Referred(); // v3 ReferralAccepted(1, 1, Day1 + 2h, null)
        var referral = builder.At<ReferralAccepted>(3);

        Given(builder.Journey).When(new CorrectEvent(3, referral with { ReferralNumber = 2 }, Why))
            .ShouldBeRefusedWith(("replacement", "keeps-episode-numbers"));
        Given(builder.Journey).When(new CorrectEvent(3, referral with { ContactNumber = 2 }, Why))
            .ShouldBeRefusedWith(("replacement", "keeps-episode-numbers"));
    }

    [Fact]
    public void The_replacement_cannot_be_dated_in_the_future()
    {
        var builder = JourneyBuilder.Child().Contact(Day1); // no later step for the new date to break
        var original = Contact1(builder);

        Given(builder.Journey).When(new CorrectEvent(1, original with { OccurredAt = JustInsideSkew }, Why)).ShouldBeAccepted();
        Given(builder.Journey).When(new CorrectEvent(1, original with { OccurredAt = JustOutsideSkew }, Why))
            .ShouldBeRefusedWith(("replacement.occurredAt", "not-in-future"));
    }

    [Fact]
    public void A_correction_that_would_leave_a_later_step_breaking_its_rules_is_refused()
    {
        var builder = Decided(); // the contact, then its decision
        var original = Contact1(builder);

        Given(builder.Journey).When(new CorrectEvent(1, original with { OccurredAt = JustInsideSkew }, Why))
            .ShouldBeRefusedWith(("version", "later-steps-still-hold"));
    }

    [Fact]
    public void The_replacement_changes_something()
    {
        var builder = Decided();
        var original = Contact1(builder);

        Given(builder.Journey).When(new CorrectEvent(1, original with { }, Why))
            .ShouldBeRefusedWith(("replacement", "changes-something"));
    }

    [Fact]
    public void A_replacement_contact_source_is_a_CIN_referral_source()
    {
        var builder = Decided();
        var original = Contact1(builder);

        Given(builder.Journey).When(new CorrectEvent(1, original with { Source = "6" }, Why)).ShouldBeAccepted();
        var decision = Given(builder.Journey).When(new CorrectEvent(1, original with { Source = "ZZ" }, Why));
        decision.ShouldBeRefusedWith(("replacement.source", "cin-referral-source"));
        decision.MessageFor("cin-referral-source").ShouldContain("'ZZ'");
    }

    [Fact]
    public void A_replacement_referral_primary_need_is_a_CIN_primary_need()
    {
        var builder = JourneyBuilder.Child().Referred();
        var referral = builder.At<ReferralAccepted>(3);

        Given(builder.Journey).When(new CorrectEvent(3, referral with { PrimaryNeed = "N1" }, Why)).ShouldBeAccepted();
        Given(builder.Journey).When(new CorrectEvent(3, referral with { PrimaryNeed = "N99" }, Why))
            .ShouldBeRefusedWith(("replacement.primaryNeed", "cin-primary-need"));
    }

    [Fact]
    public void A_replacement_conference_with_a_plan_has_a_CIN_abuse_category()
    {
        var builder = JourneyBuilder.Child().OnPlan(); // v6 InitialConferenceHeld(1, 1, Day1 + 10, true, NEG)
        var conference = builder.At<InitialConferenceHeld>(6);

        Given(builder.Journey).When(new CorrectEvent(6, conference with { Category = "Neglect" }, Why))
            .ShouldBeRefusedWith(("replacement.category", "cin-abuse-category"));
        Given(builder.Journey).When(new CorrectEvent(6, conference with { Category = null }, Why))
            .ShouldBeRefusedWith(("replacement.category", "cin-abuse-category"));
    }

    [Fact]
    public void Whether_a_discussion_initiated_section_47_is_changed_by_withdrawing_it()
    {
        var started = JourneyBuilder.Child().Section47Open(); // v3 StrategyDiscussionHeld(1, Day1 + 1, true)
        Given(started.Journey).When(new CorrectEvent(3, started.At<StrategyDiscussionHeld>(3) with { InitiatesSection47 = false }, Why))
            .ShouldBeRefusedWith(("replacement.initiatesSection47", "withdraw-to-change-what-it-started"));

        var none = JourneyBuilder.Child().Contact(Day1).StrategyDiscussion(Day1.AddDays(1), false); // v2
        Given(none.Journey).When(new CorrectEvent(2, none.At<StrategyDiscussionHeld>(2) with { InitiatesSection47 = true }, Why))
            .ShouldBeRefusedWith(("replacement.initiatesSection47", "withdraw-to-change-what-it-started"));
    }

    [Fact]
    public void Whether_a_conference_decided_on_a_plan_is_changed_by_withdrawing_it()
    {
        var onPlan = JourneyBuilder.Child().OnPlan();
        Given(onPlan.Journey).When(new CorrectEvent(6, onPlan.At<InitialConferenceHeld>(6) with { PlanRequired = false, Category = null }, Why))
            .ShouldBeRefusedWith(("replacement.planRequired", "withdraw-to-change-what-it-started"));

        var noPlan = JourneyBuilder.Child().Section47ConcludedWith(Section47Outcome.InitialConference)
            .InitialConference(Day1.AddDays(10), planRequired: false); // v6
        Given(noPlan.Journey).When(new CorrectEvent(6, noPlan.At<InitialConferenceHeld>(6) with { PlanRequired = true, Category = "NEG" }, Why))
            .ShouldBeRefusedWith(("replacement.planRequired", "withdraw-to-change-what-it-started"));
    }

    [Fact]
    public void Several_problems_with_the_replacement_are_all_reported()
    {
        var builder = Decided();

        Given(builder.Journey).When(new CorrectEvent(1, Contact1(builder) with { ContactNumber = 7, OccurredAt = JustOutsideSkew, Source = "ZZ" }, Why)).ShouldBeRefusedWith(
                ("replacement", "keeps-episode-numbers"),
                ("replacement.occurredAt", "not-in-future"),
                ("replacement.source", "cin-referral-source"));
    }

    [Fact]
    public void A_missing_reason_and_the_version_problems_are_reported_together()
    {
        Given(Decided().Journey).When(new CorrectEvent(99, null, null)).ShouldBeRefusedWith(
            ("reason", "required"),
            ("version", "fact-exists"),
            ("replacement", "required"));
        var withdrawn = JourneyBuilder.Child().Contact(Day1).Withdrawn(1);
        Given(withdrawn.Journey).When(new CorrectEvent(1, withdrawn.At<ContactReceived>(1) with { Source = "6" }, ""))
            .ShouldBeRefusedWith(("reason", "required"), ("version", "not-withdrawn"));
    }

    // A blank reason must not hide the replacement's problems: all are reported together.
    [Fact]
    public void A_missing_reason_is_reported_together_with_the_replacements_problems()
    {
        var builder = Decided();

        Given(builder.Journey).When(new CorrectEvent(1, Contact1(builder) with { ContactNumber = 7, OccurredAt = JustOutsideSkew, Source = "ZZ" }, " ")).ShouldBeRefusedWith(
                ("reason", "required"),
                ("replacement", "keeps-episode-numbers"),
                ("replacement.occurredAt", "not-in-future"),
                ("replacement.source", "cin-referral-source"));
    }

    [Fact]
    public void Nothing_is_appended_and_the_journey_is_unchanged_when_refused()
    {
        var builder = Decided();
        var before = builder.Journey.Facts.ToList();

        var decision = Given(builder.Journey).When(new CorrectEvent(1, Contact1(builder) with { Source = "ZZ" }, Why));

        decision.Events.ShouldBeEmpty();
        builder.Journey.Facts.ShouldBe(before);
        builder.Journey.Version.ShouldBe(2);
    }
}
