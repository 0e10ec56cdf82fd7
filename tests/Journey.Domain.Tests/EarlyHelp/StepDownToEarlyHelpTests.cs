using Journey.Domain.EarlyHelp;
using Journey.Domain.Journeys;
using Journey.Domain.Tests.Given;
using static Journey.Domain.Tests.Given.Moments;

namespace Journey.Domain.Tests.EarlyHelp;

public sealed class StepDownToEarlyHelpTests
{
    private const string Plan = "Family support worker weekly";
    private static readonly DateTimeOffset SteppedDownAt = Day1.AddDays(15);

    private static ChildJourney Referred() => JourneyBuilder.Child().Referred().Journey;

    [Fact]
    public void Steps_a_referred_child_down_with_a_plan() =>
        new StepDownToEarlyHelp(SteppedDownAt, Plan).Decide(Referred(), Now).ShouldAppend(new SteppedDownToEarlyHelp(SteppedDownAt, Plan));

    [Fact]
    public void Stepping_down_does_not_itself_open_early_help()
    {
        var journey = JourneyBuilder.Child().Referred().SteppedDown(SteppedDownAt).Journey;

        journey.EarlyHelp.ShouldBeEmpty();
        journey.OpenEarlyHelp.ShouldBeNull();
    }

    [Fact]
    public void When_it_happened_is_required() =>
        new StepDownToEarlyHelp(null, Plan).Decide(Referred(), Now).ShouldBeRefusedWith(("steppedDownAt", "required"));

    [Fact]
    public void Cannot_be_dated_in_the_future_beyond_the_clock_skew()
    {
        new StepDownToEarlyHelp(JustInsideSkew, Plan).Decide(Referred(), Now).ShouldAppend(new SteppedDownToEarlyHelp(JustInsideSkew, Plan));
        new StepDownToEarlyHelp(JustOutsideSkew, Plan).Decide(Referred(), Now).ShouldBeRefusedWith(("steppedDownAt", "not-in-future"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void The_plan_is_required(string? plan) =>
        new StepDownToEarlyHelp(SteppedDownAt, plan).Decide(Referred(), Now).ShouldBeRefusedWith(("plan", "required"));

    [Fact]
    public void The_plan_is_at_most_2000_characters()
    {
        new StepDownToEarlyHelp(SteppedDownAt, new string('p', 2000)).Decide(Referred(), Now).ShouldBeAccepted();
        new StepDownToEarlyHelp(SteppedDownAt, new string('p', 2001)).Decide(Referred(), Now).ShouldBeRefusedWith(("plan", "max-length"));
    }

    [Fact]
    public void Needs_social_care_involvement()
    {
        new StepDownToEarlyHelp(SteppedDownAt, Plan).Decide(ChildJourney.New("C1"), Now)
            .ShouldBeRefusedWith(("steppedDownAt", "step-down-needs-social-care"));
        new StepDownToEarlyHelp(SteppedDownAt, Plan).Decide(JourneyBuilder.Child().ContactDecidedForAssessment().Journey, Now)
            .ShouldBeRefusedWith(("steppedDownAt", "step-down-needs-social-care"));
    }

    [Fact]
    public void Not_while_a_protection_plan_is_open() =>
        new StepDownToEarlyHelp(Day1.AddDays(20), Plan).Decide(JourneyBuilder.Child().ReferredOnPlan().Journey, Now)
            .ShouldBeRefusedWith(("steppedDownAt", "no-step-down-during-protection-plan"));

    [Fact]
    public void May_step_down_once_the_protection_plan_ended()
    {
        var journey = OnEndedPlan();

        new StepDownToEarlyHelp(Day1.AddDays(40), Plan).Decide(journey, Now).ShouldAppend(new SteppedDownToEarlyHelp(Day1.AddDays(40), Plan));
    }

    [Fact]
    public void Cannot_be_dated_back_into_a_protection_plan_that_has_since_ended()
    {
        // Plan 1 ran from Day1 + 10 to Day1 + 40; on Day1 + 20 the child was on it.
        new StepDownToEarlyHelp(Day1.AddDays(20), Plan).Decide(OnEndedPlan(), Now)
            .ShouldBeRefusedWith(("steppedDownAt", "no-step-down-during-protection-plan"));
    }

    [Fact]
    public void Cannot_be_dated_before_the_referral_that_brought_social_care_in()
    {
        // Referral 1 was accepted on Day1 at 11:00; a step down the day before has no social care involvement to step down from.
        new StepDownToEarlyHelp(Day1.AddDays(-1), Plan).Decide(Referred(), Now).ShouldBeRefusedOn("steppedDownAt");
    }

    /// <summary>Referred for strategy discussion; plan 1 (NEG) from Day1 + 10 ended Day1 + 40.</summary>
    private static ChildJourney OnEndedPlan() => JourneyBuilder.Child().ReferredOnPlan().PlanEnded(Day1.AddDays(40)).Journey;
}
