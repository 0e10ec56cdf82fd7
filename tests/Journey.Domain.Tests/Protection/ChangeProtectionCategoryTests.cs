using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Protection;

public sealed class ChangeProtectionCategoryTests
{
    private static readonly DateTimeOffset PlanStartedAt = Day1.AddDays(10);
    private static readonly DateTimeOffset ChangedAt = Day1.AddDays(30);

    private static ChildJourney OnPlan() => JourneyBuilder.Child().OnPlan().Journey; // plan 1 (NEG) from Day1 + 10

    [Fact]
    public void Changes_the_open_plans_category() =>
        Given(OnPlan()).When(new ChangeProtectionCategory(ChangedAt, "PHY"))
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

        Given(journey).When(new ChangeProtectionCategory(ChangedAt.AddDays(1), "PHY"))
            .ShouldBeRefusedWith(("category", "changes-the-category"));
        Given(journey).When(new ChangeProtectionCategory(ChangedAt.AddDays(1), "NEG"))
            .ShouldAppend(new ProtectionCategoryChanged(1, ChangedAt.AddDays(1), "NEG"));
    }

    [Fact]
    public void A_change_on_a_later_plan_is_recorded_against_that_plan()
    {
        var journey = JourneyBuilder.Child().OnSecondPlan().Journey; // plan 2 (PHY) from Day1 + 60
        var at = Day1.AddDays(65);

        Given(journey).When(new ChangeProtectionCategory(at, "NEG")).ShouldAppend(new ProtectionCategoryChanged(2, at, "NEG"));
        Given(journey).When(new ChangeProtectionCategory(at, "PHY")).ShouldBeRefusedWith(("category", "changes-the-category"));
    }

    [Theory]
    [InlineData("PHY")]
    [InlineData("SAB")]
    [InlineData("EMO")]
    [InlineData("MUL")]
    public void Accepts_every_other_CIN_abuse_category(string category) =>
        Given(OnPlan()).When(new ChangeProtectionCategory(ChangedAt, category))
            .ShouldAppend(new ProtectionCategoryChanged(1, ChangedAt, category));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("phy")]
    [InlineData("Physical abuse")]
    [InlineData("DOM")]
    public void The_new_category_must_be_a_CIN_abuse_category(string? category) =>
        Given(OnPlan()).When(new ChangeProtectionCategory(ChangedAt, category))
            .ShouldBeRefusedWith(("category", "cin-abuse-category"));

    [Fact]
    public void The_category_must_change()
    {
        var decision = Given(OnPlan()).When(new ChangeProtectionCategory(ChangedAt, "NEG"));

        decision.ShouldBeRefusedWith(("category", "changes-the-category"));
        decision.MessageFor("changes-the-category").ShouldContain("NEG");
    }

    [Fact]
    public void When_it_changed_is_required() =>
        Given(OnPlan()).When(new ChangeProtectionCategory(null, "PHY")).ShouldBeRefusedWith(("changedAt", "required"));

    [Fact]
    public void Needs_an_open_protection_plan()
    {
        Given(ChildJourney.New("C1")).When(new ChangeProtectionCategory(ChangedAt, "PHY"))
            .ShouldBeRefusedWith(("changedAt", "needs-open-protection-plan"));
        Given(JourneyBuilder.Child().OnPlan().PlanEnded(Day1.AddDays(40)).Journey).When(new ChangeProtectionCategory(Day1.AddDays(50), "PHY"))
            .ShouldBeRefusedWith(("changedAt", "needs-open-protection-plan"));
    }

    [Fact]
    public void Not_before_the_plan_started()
    {
        Given(OnPlan()).When(new ChangeProtectionCategory(PlanStartedAt, "PHY"))
            .ShouldAppend(new ProtectionCategoryChanged(1, PlanStartedAt, "PHY"));
        Given(OnPlan()).When(new ChangeProtectionCategory(PlanStartedAt - Tick, "PHY"))
            .ShouldBeRefusedWith(("changedAt", "within-the-plan"));
    }

    [Fact]
    public void Changed_just_inside_the_clock_skew_allowance() =>
        Given(OnPlan()).When(new ChangeProtectionCategory(JustInsideSkew, "PHY"))
            .ShouldAppend(new ProtectionCategoryChanged(1, JustInsideSkew, "PHY"));

    [Fact]
    public void Changed_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        Given(OnPlan()).When(new ChangeProtectionCategory(JustOutsideSkew, "PHY"))
            .ShouldBeRefusedWith(("changedAt", "not-in-future"));

    [Fact]
    public void Several_problems_are_all_reported()
    {
        Given(ChildJourney.New("C1")).When(new ChangeProtectionCategory(JustOutsideSkew, "XXX")).ShouldBeRefusedWith(
            ("changedAt", "not-in-future"),
            ("category", "cin-abuse-category"),
            ("changedAt", "needs-open-protection-plan"));
        Given(OnPlan()).When(new ChangeProtectionCategory(PlanStartedAt - Tick, "NEG")).ShouldBeRefusedWith(
            ("changedAt", "within-the-plan"),
            ("category", "changes-the-category"));
    }
}
