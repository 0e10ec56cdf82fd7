using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Permanence;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.LookedAfterJourneys;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Permanence;

public sealed class MakePermanencePlanTests
{
    private static readonly DateTimeOffset MadeAt = EnteredAt.AddDays(20);

    private static ChildJourney InCare() => JourneyBuilder.Child().InCare().Journey;

    [Theory]
    [InlineData(PermanencePlanKind.ReturnHome, true)]
    [InlineData(PermanencePlanKind.Adoption, false)]
    [InlineData(PermanencePlanKind.SpecialGuardianship, true)]
    [InlineData(PermanencePlanKind.ChildArrangementsOrder, false)]
    [InlineData(PermanencePlanKind.LongTermFostering, true)]
    [InlineData(PermanencePlanKind.Other, false)]
    public void Makes_the_permanence_plan(PermanencePlanKind kind, bool ratified) =>
        Given(InCare()).When(new MakePermanencePlan(MadeAt, kind, ratified)).ShouldAppend(new PermanencePlanMade(1, MadeAt, kind, ratified));

    [Fact]
    public void Belongs_to_the_open_period_of_care() =>
        Given(JourneyBuilder.Child().BackInCare().Journey).When(new MakePermanencePlan(ReEnteredAt.AddDays(1), PermanencePlanKind.ReturnHome, true))
            .ShouldAppend(new PermanencePlanMade(2, ReEnteredAt.AddDays(1), PermanencePlanKind.ReturnHome, true));

    [Fact]
    public void When_it_was_made_is_required() =>
        Given(InCare()).When(new MakePermanencePlan(null, PermanencePlanKind.Adoption, true)).ShouldBeRefusedWith(("madeAt", "required"));

    [Fact]
    public void Cannot_be_made_in_the_future_beyond_the_clock_skew()
    {
        Given(InCare()).When(new MakePermanencePlan(JustInsideSkew, PermanencePlanKind.Adoption, true))
            .ShouldAppend(new PermanencePlanMade(1, JustInsideSkew, PermanencePlanKind.Adoption, true));
        Given(InCare()).When(new MakePermanencePlan(JustOutsideSkew, PermanencePlanKind.Adoption, true))
            .ShouldBeRefusedWith(("madeAt", "not-in-future"));
    }

    [Fact]
    public void The_kind_is_required() =>
        Given(InCare()).When(new MakePermanencePlan(MadeAt, null, true)).ShouldBeRefusedWith(("kind", "required"));

    [Theory]
    [InlineData(-1)]
    [InlineData(6)]
    public void The_kind_is_a_known_value(int kind) =>
        Given(InCare()).When(new MakePermanencePlan(MadeAt, (PermanencePlanKind)kind, true)).ShouldBeRefusedWith(("kind", "known-value"));

    [Fact]
    public void Whether_it_was_ratified_is_required() =>
        Given(InCare()).When(new MakePermanencePlan(MadeAt, PermanencePlanKind.Adoption, null)).ShouldBeRefusedWith(("ratified", "required"));

    [Fact]
    public void Needs_the_child_in_care()
    {
        Given(JourneyBuilder.Child().Contacted().Journey).When(new MakePermanencePlan(MadeAt, PermanencePlanKind.Adoption, true))
            .ShouldBeRefusedWith(("madeAt", "needs-child-in-care"));
        Given(JourneyBuilder.Child().CareLeaver().Journey).When(new MakePermanencePlan(LeftAt.AddDays(1), PermanencePlanKind.Adoption, true))
            .ShouldBeRefusedWith(("madeAt", "needs-child-in-care"));
    }

    [Fact]
    public void Cannot_be_dated_before_the_child_entered_care()
    {
        Given(InCare()).When(new MakePermanencePlan(EnteredAt, PermanencePlanKind.Adoption, true))
            .ShouldAppend(new PermanencePlanMade(1, EnteredAt, PermanencePlanKind.Adoption, true));
        Given(InCare()).When(new MakePermanencePlan(EnteredAt - Tick, PermanencePlanKind.Adoption, true))
            .ShouldBeRefusedWith(("madeAt", "within-the-period-of-care"));
    }

    [Fact]
    public void Leaving_care_cannot_be_dated_before_the_permanence_plan()
    {
        var journey = JourneyBuilder.Child().InCare().Apply(new MakePermanencePlan(MadeAt, PermanencePlanKind.ReturnHome, true)).Journey;

        Given(journey).When(new LeaveCare(MadeAt - Tick, "E13")).ShouldBeRefusedWith(("leftAt", "after-the-last-step-in-care"));
    }

    [Fact]
    public void Reports_every_problem_at_once() =>
        Given(JourneyBuilder.Child().Contacted().Journey).When(new MakePermanencePlan(JustOutsideSkew, null, null)).ShouldBeRefusedWith(
            ("madeAt", "not-in-future"), ("kind", "required"), ("ratified", "required"), ("madeAt", "needs-child-in-care"));
}
