using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Journey.Domain.Tests.Given;
using static Journey.Domain.Tests.Given.Moments;

namespace Journey.Domain.Tests.Protection;

public sealed class ChangeProtectionCategoryTests
{
    private static readonly DateTimeOffset PlanStartedAt = Day1.AddDays(10);
    private static readonly DateTimeOffset ChangedAt = Day1.AddDays(30);

    private static ChildJourney OnPlan() => JourneyBuilder.Child().OnPlan().Journey; // plan 1 (NEG) from Day1 + 10

    [Fact]
    public void Changes_the_open_plans_category() =>
        new ChangeProtectionCategory(ChangedAt, "PHY").Decide(OnPlan(), Now)
            .ShouldAppend(new ProtectionCategoryChanged(1, ChangedAt, "PHY"));

    [Fact]
    public void After_the_change_the_open_plan_has_the_new_category()
    {
        var journey = JourneyBuilder.Child().OnPlan().CategoryChanged(ChangedAt, "EMO").Journey;

        journey.OpenPlan.ShouldNotBeNull().Category.ShouldBe("EMO");
        journey.Plans.ShouldBe([new PlanState(1, PlanStartedAt, "EMO", null)]);
    }

    [Fact]
    public void The_plan_ends_with_its_changed_category()
    {
        var journey = JourneyBuilder.Child().OnPlan().CategoryChanged(ChangedAt, "SAB").PlanEnded(Day1.AddDays(40)).Journey;

        journey.Plans.ShouldBe([new PlanState(1, PlanStartedAt, "SAB", Day1.AddDays(40))]);
    }

    [Fact]
    public void A_later_change_is_judged_against_the_changed_category()
    {
        var journey = JourneyBuilder.Child().OnPlan().CategoryChanged(ChangedAt, "PHY").Journey;

        new ChangeProtectionCategory(ChangedAt.AddDays(1), "PHY").Decide(journey, Now)
            .ShouldBeRefusedWith(("category", "changes-the-category"));
        new ChangeProtectionCategory(ChangedAt.AddDays(1), "NEG").Decide(journey, Now)
            .ShouldAppend(new ProtectionCategoryChanged(1, ChangedAt.AddDays(1), "NEG"));
    }

    [Fact]
    public void A_change_on_a_later_plan_is_recorded_against_that_plan()
    {
        var journey = JourneyBuilder.Child().OnSecondPlan().Journey; // plan 2 (PHY) from Day1 + 60
        var at = Day1.AddDays(65);

        new ChangeProtectionCategory(at, "NEG").Decide(journey, Now).ShouldAppend(new ProtectionCategoryChanged(2, at, "NEG"));
        new ChangeProtectionCategory(at, "PHY").Decide(journey, Now).ShouldBeRefusedWith(("category", "changes-the-category"));
    }

    [Theory]
    [InlineData("PHY")]
    [InlineData("SAB")]
    [InlineData("EMO")]
    [InlineData("MUL")]
    public void Accepts_every_other_CIN_abuse_category(string category) =>
        new ChangeProtectionCategory(ChangedAt, category).Decide(OnPlan(), Now)
            .ShouldAppend(new ProtectionCategoryChanged(1, ChangedAt, category));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("phy")]
    [InlineData("Physical abuse")]
    [InlineData("DOM")]
    public void The_new_category_must_be_a_CIN_abuse_category(string? category) =>
        new ChangeProtectionCategory(ChangedAt, category).Decide(OnPlan(), Now)
            .ShouldBeRefusedWith(("category", "cin-abuse-category"));

    [Fact]
    public void The_category_must_change()
    {
        var decision = new ChangeProtectionCategory(ChangedAt, "NEG").Decide(OnPlan(), Now);

        decision.ShouldBeRefusedWith(("category", "changes-the-category"));
        decision.MessageFor("changes-the-category").ShouldContain("NEG");
    }

    [Fact]
    public void When_it_changed_is_required() =>
        new ChangeProtectionCategory(null, "PHY").Decide(OnPlan(), Now).ShouldBeRefusedWith(("changedAt", "required"));

    [Fact]
    public void Needs_an_open_protection_plan()
    {
        new ChangeProtectionCategory(ChangedAt, "PHY").Decide(ChildJourney.New("C1"), Now)
            .ShouldBeRefusedWith(("changedAt", "needs-open-protection-plan"));
        new ChangeProtectionCategory(Day1.AddDays(50), "PHY").Decide(JourneyBuilder.Child().OnPlan().PlanEnded(Day1.AddDays(40)).Journey, Now)
            .ShouldBeRefusedWith(("changedAt", "needs-open-protection-plan"));
    }

    [Fact]
    public void Not_before_the_plan_started()
    {
        new ChangeProtectionCategory(PlanStartedAt, "PHY").Decide(OnPlan(), Now)
            .ShouldAppend(new ProtectionCategoryChanged(1, PlanStartedAt, "PHY"));
        new ChangeProtectionCategory(PlanStartedAt - Tick, "PHY").Decide(OnPlan(), Now)
            .ShouldBeRefusedWith(("changedAt", "within-the-plan"));
    }

    [Fact]
    public void Changed_just_inside_the_clock_skew_allowance() =>
        new ChangeProtectionCategory(JustInsideSkew, "PHY").Decide(OnPlan(), Now)
            .ShouldAppend(new ProtectionCategoryChanged(1, JustInsideSkew, "PHY"));

    [Fact]
    public void Changed_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        new ChangeProtectionCategory(JustOutsideSkew, "PHY").Decide(OnPlan(), Now)
            .ShouldBeRefusedWith(("changedAt", "not-in-future"));

    [Fact]
    public void Several_problems_are_all_reported()
    {
        new ChangeProtectionCategory(JustOutsideSkew, "XXX").Decide(ChildJourney.New("C1"), Now).ShouldBeRefusedWith(
            ("changedAt", "not-in-future"),
            ("category", "cin-abuse-category"),
            ("changedAt", "needs-open-protection-plan"));
        new ChangeProtectionCategory(PlanStartedAt - Tick, "NEG").Decide(OnPlan(), Now).ShouldBeRefusedWith(
            ("changedAt", "within-the-plan"),
            ("category", "changes-the-category"));
    }
}
