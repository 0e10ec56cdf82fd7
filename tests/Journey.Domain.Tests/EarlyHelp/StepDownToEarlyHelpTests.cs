using Journey.Domain.EarlyHelp;
using Journey.Domain.Journeys;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.EarlyHelp;

public sealed class StepDownToEarlyHelpTests
{
    private const string Plan = "Family support worker weekly";
    private static readonly DateTimeOffset SteppedDownAt = Day1.AddDays(15);

    private static ChildJourney Referred() => JourneyBuilder.Child().Referred().Journey;

    [Fact]
    public void Steps_a_referred_child_down_with_a_plan() =>
        Given(Referred()).When(new StepDownToEarlyHelp(SteppedDownAt, Plan)).ShouldAppend(new SteppedDownToEarlyHelp(SteppedDownAt, Plan));

    [Fact]
    public void Stepping_down_does_not_itself_open_early_help()
    {
        var journey = JourneyBuilder.Child().Referred().SteppedDown(SteppedDownAt).Journey;

        journey.EarlyHelp.ShouldBeEmpty();
        journey.OpenEarlyHelp.ShouldBeNull();
    }

    [Fact]
    public void When_it_happened_is_required() =>
        Given(Referred()).When(new StepDownToEarlyHelp(null, Plan)).ShouldBeRefusedWith(("steppedDownAt", "required"));

    [Fact]
    public void Cannot_be_dated_in_the_future_beyond_the_clock_skew()
    {
        Given(Referred()).When(new StepDownToEarlyHelp(JustInsideSkew, Plan)).ShouldAppend(new SteppedDownToEarlyHelp(JustInsideSkew, Plan));
        Given(Referred()).When(new StepDownToEarlyHelp(JustOutsideSkew, Plan)).ShouldBeRefusedWith(("steppedDownAt", "not-in-future"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void The_plan_is_required(string? plan) =>
        Given(Referred()).When(new StepDownToEarlyHelp(SteppedDownAt, plan)).ShouldBeRefusedWith(("plan", "required"));

    [Fact]
    public void The_plan_is_at_most_2000_characters()
    {
        Given(Referred()).When(new StepDownToEarlyHelp(SteppedDownAt, new string('p', 2000))).ShouldBeAccepted();
        Given(Referred()).When(new StepDownToEarlyHelp(SteppedDownAt, new string('p', 2001))).ShouldBeRefusedWith(("plan", "max-length"));
    }

    [Fact]
    public void Needs_social_care_involvement()
    {
        Given(ChildJourney.New("C1")).When(new StepDownToEarlyHelp(SteppedDownAt, Plan))
            .ShouldBeRefusedWith(("steppedDownAt", "step-down-needs-social-care"));
        Given(JourneyBuilder.Child().ContactDecidedForAssessment().Journey).When(new StepDownToEarlyHelp(SteppedDownAt, Plan))
            .ShouldBeRefusedWith(("steppedDownAt", "step-down-needs-social-care"));
    }

    [Fact]
    public void Not_while_a_protection_plan_is_open() =>
        Given(JourneyBuilder.Child().ReferredOnPlan().Journey).When(new StepDownToEarlyHelp(Day1.AddDays(20), Plan))
            .ShouldBeRefusedWith(("steppedDownAt", "no-step-down-during-protection-plan"));

    [Fact]
    public void May_step_down_once_the_protection_plan_ended()
    {
        var journey = OnEndedPlan();

        Given(journey).When(new StepDownToEarlyHelp(Day1.AddDays(40), Plan)).ShouldAppend(new SteppedDownToEarlyHelp(Day1.AddDays(40), Plan));
    }

    [Fact]
    public void Cannot_be_dated_back_into_a_protection_plan_that_has_since_ended()
    {
        // Plan 1 ran from Day1 + 10 to Day1 + 40; on Day1 + 20 the child was on it.
        Given(OnEndedPlan()).When(new StepDownToEarlyHelp(Day1.AddDays(20), Plan))
            .ShouldBeRefusedWith(("steppedDownAt", "no-step-down-during-protection-plan"));
    }

    [Fact]
    public void Cannot_be_dated_before_the_referral_that_brought_social_care_in()
    {
        // Referral 1 was accepted on Day1 at 11:00; a step down the day before has no social care involvement to step down from.
        Given(Referred()).When(new StepDownToEarlyHelp(Day1.AddDays(-1), Plan)).ShouldBeRefusedOn("steppedDownAt");
    }

    /// <summary>Referred for strategy discussion; plan 1 (NEG) from Day1 + 10 ended Day1 + 40.</summary>
    private static ChildJourney OnEndedPlan() => JourneyBuilder.Child().ReferredOnPlan().PlanEnded(Day1.AddDays(40)).Journey;
}
