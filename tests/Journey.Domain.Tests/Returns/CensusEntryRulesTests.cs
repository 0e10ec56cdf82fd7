using Journey.Domain.ChildInNeed;
using Journey.Domain.Children;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Journey.Domain.Returns;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Returns;

/// <summary>
/// The CIN census validator's errors refused when a step is recorded (decision 96), each at its edge, and its queries
/// accepted and found by the same rule checks the return-readiness list reads.
/// </summary>
public sealed class CensusEntryRulesTests
{
    private static ChildJourney AwaitingConference() =>
        JourneyBuilder.Child().Section47ConcludedWith(Section47Outcome.InitialConference).Journey;

    private static readonly DateTimeOffset March2026 = At("2026-03-10T12:00:00+00:00");

    [Fact]
    public void An_initial_conference_on_Saturday_7_March_2026_is_refused_naming_rule_8875()
    {
        var decision = Given(AwaitingConference()).When(new HoldInitialConference(At("2026-03-07T10:00:00+00:00"), false), March2026);

        decision.ShouldBeRefusedWith(("heldAt", "cin-8875"));
        decision.MessageFor("cin-8875").ShouldContain("Saturday 7 March 2026");
        decision.MessageFor("cin-8875").ShouldContain("CIN census rule 8875");
    }

    [Fact]
    public void An_initial_conference_on_Friday_6_March_2026_is_accepted() =>
        Given(AwaitingConference()).When(new HoldInitialConference(At("2026-03-06T16:00:00+00:00"), false), March2026).ShouldBeAccepted();

    [Fact]
    public void An_initial_conference_on_a_Sunday_is_refused_and_on_the_Monday_after_accepted()
    {
        Given(AwaitingConference()).When(new HoldInitialConference(At("2026-03-08T23:59:59+00:00"), false), March2026)
            .ShouldBeRefusedWith(("heldAt", "cin-8875"));
        Given(AwaitingConference()).When(new HoldInitialConference(At("2026-03-09T00:00:00+00:00"), false), March2026).ShouldBeAccepted();
    }

    [Fact]
    public void The_weekend_is_the_UK_day_so_Friday_23_30_UTC_in_summer_is_a_Saturday_and_refused()
    {
        Given(AwaitingConference()).When(new HoldInitialConference(At("2025-05-30T23:30:00+00:00"), false))
            .ShouldBeRefusedWith(("heldAt", "cin-8875"));
        Given(AwaitingConference()).When(new HoldInitialConference(At("2025-05-30T22:59:59+00:00"), false)).ShouldBeAccepted();
    }

    [Fact]
    public void A_protection_plan_ending_on_the_day_it_started_is_refused_naming_rule_8840_and_the_next_day_accepted()
    {
        // Plan 1 started Thursday 13 March 2025 09:00 (Day1 + 10).
        var onPlan = JourneyBuilder.Child().OnPlan().Journey;

        Given(onPlan).When(new EndProtectionPlan(At("2025-03-13T23:59:59+00:00"), "No longer at risk")).ShouldBeRefusedWith(("endedAt", "cin-8840"));
        Given(onPlan).When(new EndProtectionPlan(At("2025-03-14T00:00:00+00:00"), "No longer at risk")).ShouldBeAccepted();
        Given(onPlan).When(new TransferProtectionPlanOut(At("2025-03-13T15:00:00+00:00"), "Birmingham"))
            .ShouldBeRefusedWith(("transferredAt", "cin-8840"));
    }

    [Fact]
    public void A_review_conference_on_the_day_the_plan_started_is_refused_naming_rule_8841_and_the_next_day_accepted()
    {
        var onPlan = JourneyBuilder.Child().OnPlan().Journey;

        Given(onPlan).When(new HoldReviewConference(At("2025-03-13T16:00:00+00:00"), true)).ShouldBeRefusedWith(("heldAt", "cin-8841"));
        Given(onPlan).When(new HoldReviewConference(At("2025-03-14T00:00:00+00:00"), true)).ShouldBeAccepted();
    }

    /// <summary>A contact at Day1 (Monday 3 March 2025) decided for assessment, and the child recorded as unborn, expected on <paramref name="expected"/>.</summary>
    private static JourneyBuilder UnbornExpected(DateOnly expected) =>
        JourneyBuilder.Child().ContactDecidedForAssessment()
            .Apply(new RecordChildDetails(Day1.AddHours(1), null, expected, "U", "NOBT"));

    [Fact]
    public void A_referral_more_than_40_weeks_before_the_expected_birth_is_refused_naming_rule_8606()
    {
        // 2025-12-09 less 280 days is 2025-03-04: a referral on 3 March is a day too early.
        var decision = Given(UnbornExpected(new DateOnly(2025, 12, 9)).Journey).When(new AcceptReferral(Day1.AddHours(2)));

        decision.ShouldBeRefusedWith(("acceptedAt", "cin-8606"));
        Given(UnbornExpected(new DateOnly(2025, 12, 8)).Journey).When(new AcceptReferral(Day1.AddHours(2))).ShouldBeAccepted();
    }

    [Fact]
    public void A_date_of_birth_recorded_after_the_referral_is_judged_by_rule_8606_too()
    {
        var referred = JourneyBuilder.Child().Referred().Journey;

        Given(referred).When(new RecordChildDetails(Day1.AddHours(3), null, new DateOnly(2025, 12, 9), "U", "NOBT"))
            .ShouldBeRefusedWith(("expectedDateOfBirth", "cin-8606"));
        Given(referred).When(new RecordChildDetails(Day1.AddHours(3), null, new DateOnly(2025, 12, 8), "U", "NOBT")).ShouldBeAccepted();
    }

    [Theory]
    [InlineData("M")]
    [InlineData("F")]
    public void An_unborn_child_recorded_as_male_or_female_is_refused_naming_rule_8750(string sex)
    {
        var contacted = JourneyBuilder.Child().Contact(Day1).Journey;

        Given(contacted).When(new RecordChildDetails(Day1.AddHours(1), null, new DateOnly(2025, 9, 1), sex, "NOBT")).ShouldBeRefusedWith(("gender", "cin-8750"));
        Given(contacted).When(new RecordChildDetails(Day1.AddHours(1), null, new DateOnly(2025, 9, 1), "U", "NOBT")).ShouldBeAccepted();
        Given(contacted).When(new RecordChildDetails(Day1.AddHours(1), new DateOnly(2025, 3, 1), null, sex, "WBRI")).ShouldBeAccepted();
    }

    private static RecordChildDetails Died(DateTimeOffset recordedAt, DateOnly died) =>
        new(recordedAt, new DateOnly(2015, 1, 1), null, "F", "WBRI", DateOfDeath: died);

    [Fact]
    public void A_protection_plan_starting_after_the_recorded_death_is_refused_naming_rule_8915_and_on_the_day_accepted()
    {
        // The enquiry concluded Saturday 8 March 2025; the child's death on Wednesday 12 March was recorded that day.
        var journey = JourneyBuilder.Child().Section47ConcludedWith(Section47Outcome.InitialConference)
            .Apply(Died(At("2025-03-12T09:00:00+00:00"), new DateOnly(2025, 3, 12))).Journey;

        Given(journey).When(new HoldInitialConference(At("2025-03-13T10:00:00+00:00"), true, "NEG")).ShouldBeRefusedWith(("heldAt", "cin-8915"));
        Given(journey).When(new HoldInitialConference(At("2025-03-12T15:00:00+00:00"), true, "NEG")).ShouldBeAccepted();
    }

    [Fact]
    public void A_date_of_death_before_a_plan_began_is_refused_on_the_date_of_death()
    {
        // Plan 1 started Thursday 13 March 2025.
        var onPlan = JourneyBuilder.Child().OnPlan().Journey;

        Given(onPlan).When(Died(At("2025-03-14T09:00:00+00:00"), new DateOnly(2025, 3, 12))).ShouldBeRefusedWith(("dateOfDeath", "cin-8915"));
        Given(onPlan).When(Died(At("2025-03-14T09:00:00+00:00"), new DateOnly(2025, 3, 13))).ShouldBeAccepted();
    }

    [Fact]
    public void A_referral_after_the_recorded_death_is_a_query_accepted_and_found()
    {
        var b = JourneyBuilder.Child().ContactDecidedForAssessment().Apply(Died(Day1.AddHours(1), new DateOnly(2025, 3, 2)));

        Given(b.Journey).When(new AcceptReferral(Day1.AddHours(2))).ShouldBeAccepted();
        b.Apply(new AcceptReferral(Day1.AddHours(2)));
        ReturnRuleFindings.Of(b.Journey).ShouldHaveSingleItem().Rule.Code.ShouldBe("cin-8555Q");
    }

    [Fact]
    public void A_child_in_need_plan_ending_the_day_it_started_is_a_query_accepted_and_found_for_readiness()
    {
        var b = JourneyBuilder.Child().Referred().Apply(new StartChildInNeedPlan(Day1.AddDays(1)));

        Given(b.Journey).When(new EndChildInNeedPlan(Day1.AddDays(1).AddHours(3), "Needs met")).ShouldBeAccepted();
        b.Apply(new EndChildInNeedPlan(Day1.AddDays(1).AddHours(3), "Needs met"));

        var finding = ReturnRuleFindings.Of(b.Journey).ShouldHaveSingleItem();
        finding.Rule.Code.ShouldBe("cin-4012Q");
        finding.Rule.Kind.ShouldBe(ReturnRuleKind.Query);
        finding.Field.ShouldBe("endedAt");
    }
}
