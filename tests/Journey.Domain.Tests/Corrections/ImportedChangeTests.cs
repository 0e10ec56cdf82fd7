using Journey.Domain.Assessments;
using Journey.Domain.Corrections;
using Journey.Domain.FrontDoor;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Corrections;

/// <summary>
/// Corrections and withdrawals imported from a system migrated from: the step is named by its kind
/// and when it happened, the replacement is the step's command, and the rules are those of a
/// correction or withdrawal made through the API.
/// </summary>
public sealed class ImportedChangeTests
{
    private const string Why = "Source code mistyped in the old system";
    private static readonly DateTimeOffset ChangedAt = Day1.AddDays(20);

    private static RecordContact ContactFrom(string source, DateTimeOffset? at = null) =>
        new(at ?? Day1, source, "Bruising seen at school", ConsentStatus.Given, null);

    private static CorrectRecordedStep Correct(string type, DateTimeOffset occurredAt, Journey.Domain.Journeys.IJourneyCommand replacement, DateTimeOffset? at = null) =>
        new(new StepReference(type, occurredAt), replacement, Why, at ?? ChangedAt);

    [Fact]
    public void A_contact_named_by_its_time_is_corrected_at_the_time_the_change_was_made()
    {
        var builder = JourneyBuilder.Child().Contact(Day1, source: "2A");

        Given(builder.Journey).When(Correct("ContactReceived", Day1, ContactFrom("6"))).ShouldAppend(
            new EventCorrected(1, builder.At<ContactReceived>(1), builder.At<ContactReceived>(1) with { Source = "6" }, Why, ChangedAt));
    }

    [Fact]
    public void The_replacement_keeps_the_steps_number_when_an_earlier_step_of_its_kind_was_withdrawn()
    {
        // v1 contact 1 at Day1 (withdrawn at v3), v2 contact 2 at Day1 + 1h: the replacement of contact 2 is
        // decided against the journey before v2, which still counts the withdrawn contact 1, so it is number 2 again.
        var builder = JourneyBuilder.Child().Contact(Day1).Contact(Day1.AddHours(1)).Withdrawn(1);

        Given(builder.Journey).When(Correct("ContactReceived", Day1.AddHours(1), ContactFrom("6", Day1.AddHours(1)))).ShouldAppend(
            new EventCorrected(2, builder.At<ContactReceived>(2), builder.At<ContactReceived>(2) with { Source = "6" }, Why, ChangedAt));
    }

    [Fact]
    public void A_step_not_recorded_at_that_time_is_refused_on_the_step()
    {
        var builder = JourneyBuilder.Child().Contact(Day1);

        Given(builder.Journey).When(Correct("ContactReceived", Day1.AddMinutes(1), ContactFrom("6")))
            .ShouldBeRefusedWith(("step", "fact-exists"));
    }

    [Fact]
    public void Two_steps_of_the_kind_at_the_same_time_are_refused_as_ambiguous()
    {
        var builder = JourneyBuilder.Child().Contact(Day1).Contact(Day1);

        Given(builder.Journey).When(Correct("ContactReceived", Day1, ContactFrom("6")))
            .ShouldBeRefusedWith(("step", "one-fact-matches"));
    }

    [Fact]
    public void A_change_dated_after_now_is_refused()
    {
        var builder = JourneyBuilder.Child().Contact(Day1);

        Given(builder.Journey).When(Correct("ContactReceived", Day1, ContactFrom("6"), at: JustOutsideSkew))
            .ShouldBeRefusedWith(("correctedAt", "not-in-future"));
    }

    [Fact]
    public void The_replacement_is_held_to_its_steps_own_rules_named_under_replacement()
    {
        var builder = JourneyBuilder.Child().Contact(Day1);

        Given(builder.Journey).When(Correct("ContactReceived", Day1, ContactFrom("2Z")))
            .ShouldBeRefusedWith(("replacement.data.source", "cin-referral-source"));
    }

    [Fact]
    public void A_replacement_happening_after_the_change_was_made_is_refused()
    {
        var builder = JourneyBuilder.Child().Contact(Day1);

        Given(builder.Journey).When(Correct("ContactReceived", Day1, ContactFrom("6", ChangedAt.AddDays(1))))
            .ShouldBeRefusedWith(("replacement.occurredAt", "not-in-future"));
    }

    [Fact]
    public void Moving_a_referral_after_the_assessment_it_started_breaks_the_later_step()
    {
        // v3 referral at Day1 11:00, v4 assessment started Day1 + 1 day: the referral moved to Day1 + 2 days leaves the assessment before it.
        var builder = JourneyBuilder.Child().Assessing();

        Given(builder.Journey).When(Correct("ReferralAccepted", Day1.AddHours(2), new AcceptReferral(Day1.AddDays(2), null, null)))
            .ShouldBeRefusedWith(("step", "later-steps-still-hold"));
    }

    [Fact]
    public void A_withdrawal_names_its_step_and_keeps_the_withdrawal_rules()
    {
        var builder = JourneyBuilder.Child().Assessing();

        Given(builder.Journey).When(new WithdrawRecordedStep(new StepReference("AssessmentStarted", Day1.AddDays(1)), Why, ChangedAt))
            .ShouldAppend(new EventWithdrawn(4, builder.At<AssessmentStarted>(4), Why, ChangedAt));
        Given(builder.Journey).When(new WithdrawRecordedStep(new StepReference("ReferralAccepted", Day1.AddHours(2)), Why, ChangedAt))
            .ShouldBeRefusedWith(("step", "withdraw-later-steps-first"));
    }

    [Fact]
    public void A_step_withdrawn_and_recorded_again_at_the_same_time_names_the_one_standing()
    {
        // v1 contact 1 at Day1, withdrawn at v2; v3 contact 2 at Day1 again.
        var builder = JourneyBuilder.Child().Contact(Day1).Withdrawn(1).Contact(Day1);

        Given(builder.Journey).When(new WithdrawRecordedStep(new StepReference("ContactReceived", Day1), Why, ChangedAt))
            .ShouldAppend(new EventWithdrawn(3, builder.At<ContactReceived>(3), Why, ChangedAt));
    }
}
