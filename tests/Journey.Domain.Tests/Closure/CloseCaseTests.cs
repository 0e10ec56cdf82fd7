using Journey.Domain.Closure;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Closure;

public sealed class CloseCaseTests
{
    private static readonly DateTimeOffset ReferredAt = Day1.AddHours(2);
    private static readonly DateTimeOffset ClosedAt = Day1.AddDays(3);

    private static ChildJourney Referred() => JourneyBuilder.Child().Referred().Journey; // referral 1 at Day1 11:00

    [Fact]
    public void Closes_the_case_with_its_reason() =>
        Given(Referred()).When(new CloseCase(ClosedAt, "RC8")).ShouldAppend(new CaseClosed(ClosedAt, "RC8"));

    [Fact]
    public void Closing_folds_the_closure_date_onto_the_journey()
    {
        JourneyBuilder.Child().Referred().Journey.ClosedAt.ShouldBeNull();
        JourneyBuilder.Child().Referred().Closed(ClosedAt).Journey.ClosedAt.ShouldBe(ClosedAt);
    }

    [Theory]
    [InlineData("RC1")]
    [InlineData("RC2")]
    [InlineData("RC3")]
    [InlineData("RC4")]
    [InlineData("RC5")]
    [InlineData("RC6")]
    [InlineData("RC7")]
    [InlineData("RC8")]
    [InlineData("RC9")]
    public void Accepts_every_CIN_closure_reason(string reason) =>
        Given(Referred()).When(new CloseCase(ClosedAt, reason)).ShouldAppend(new CaseClosed(ClosedAt, reason));

    [Theory]
    [InlineData("RC0")]
    [InlineData("RC10")]
    [InlineData("rc1")]
    [InlineData("RC 1")]
    [InlineData(" RC1")]
    [InlineData("Adopted")]
    [InlineData("")]
    [InlineData(null)]
    public void The_reason_must_be_a_CIN_closure_reason(string? reason) =>
        Given(Referred()).When(new CloseCase(ClosedAt, reason)).ShouldBeRefusedWith(("reason", "cin-closure-reason"));

    [Fact]
    public void When_it_was_closed_is_required() =>
        Given(Referred()).When(new CloseCase(null, "RC8")).ShouldBeRefusedWith(("closedAt", "required"));

    [Fact]
    public void Needs_an_accepted_referral()
    {
        Given(ChildJourney.New("C1")).When(new CloseCase(ClosedAt, "RC8"))
            .ShouldBeRefusedWith(("closedAt", "closure-needs-referral"));
        Given(JourneyBuilder.Child().ContactDecidedForAssessment().Journey).When(new CloseCase(ClosedAt, "RC8"))
            .ShouldBeRefusedWith(("closedAt", "closure-needs-referral"));
    }

    [Fact]
    public void Not_while_a_protection_plan_is_open()
    {
        var decision = Given(JourneyBuilder.Child().ReferredOnPlan().Journey).When(new CloseCase(Day1.AddDays(20), "RC7"));

        decision.ShouldBeRefusedWith(("closedAt", "nothing-left-open"));
        decision.MessageFor("nothing-left-open").ShouldContain("protection plan 1");
    }

    [Fact]
    public void Not_while_a_child_in_need_plan_is_open()
    {
        var journey = JourneyBuilder.Child().Referred().ChildInNeedPlanStarted(Day1.AddDays(1)).Journey;

        var decision = Given(journey).When(new CloseCase(Day1.AddDays(20), "RC7"));

        decision.ShouldBeRefusedWith(("closedAt", "nothing-left-open"));
        decision.MessageFor("nothing-left-open").ShouldContain("Child in need plan 1");
    }

    [Fact]
    public void Not_while_a_section_47_enquiry_is_open()
    {
        var decision = Given(JourneyBuilder.Child().ReferredWithSection47Open().Journey).When(new CloseCase(Day1.AddDays(3), "RC8"));

        decision.ShouldBeRefusedWith(("closedAt", "nothing-left-open"));
        decision.MessageFor("nothing-left-open").ShouldContain("enquiry 1");
    }

    [Fact]
    public void Not_while_an_assessment_is_in_progress() =>
        Given(JourneyBuilder.Child().Assessing().Journey).When(new CloseCase(Day1.AddDays(3), "RC8"))
            .ShouldBeRefusedWith(("closedAt", "nothing-left-open"));

    [Fact]
    public void Each_thing_left_open_is_reported()
    {
        // Plan 1 open, and a second enquiry (started Day1 + 20) still open.
        var journey = JourneyBuilder.Child().ReferredOnPlan().StrategyDiscussion(Day1.AddDays(20), initiatesSection47: true).Journey;

        Given(journey).When(new CloseCase(Day1.AddDays(21), "RC7")).ShouldBeRefusedWith(
            ("closedAt", "nothing-left-open"),
            ("closedAt", "nothing-left-open"));
    }

    [Fact]
    public void May_close_once_the_protection_plan_ended()
    {
        var journey = JourneyBuilder.Child().ReferredOnPlan().PlanEnded(Day1.AddDays(40)).Journey;

        Given(journey).When(new CloseCase(Day1.AddDays(40), "RC7")).ShouldAppend(new CaseClosed(Day1.AddDays(40), "RC7"));
    }

    [Fact]
    public void May_close_once_the_child_in_need_plan_ended()
    {
        var journey = JourneyBuilder.Child().Referred().ChildInNeedPlanStarted(Day1.AddDays(1)).ChildInNeedPlanEnded(Day1.AddDays(20)).Journey;

        Given(journey).When(new CloseCase(Day1.AddDays(20), "RC7")).ShouldAppend(new CaseClosed(Day1.AddDays(20), "RC7"));
    }

    [Fact]
    public void May_close_once_the_section_47_enquiry_concluded()
    {
        var journey = JourneyBuilder.Child().ReferredWithSection47Open().Section47Concluded(Day1.AddDays(5), Section47Outcome.NoFurtherAction).Journey;

        Given(journey).When(new CloseCase(Day1.AddDays(5), "RC8")).ShouldAppend(new CaseClosed(Day1.AddDays(5), "RC8"));
    }

    [Fact]
    public void May_close_once_the_assessment_is_authorised()
    {
        var journey = JourneyBuilder.Child().Assessing().AssessmentAuthorised(Day1.AddDays(10)).Journey;

        Given(journey).When(new CloseCase(Day1.AddDays(10), "RC9")).ShouldAppend(new CaseClosed(Day1.AddDays(10), "RC9"));
    }

    // "Nothing left open" holds on the closure's own date: work that ended later was still open then.
    [Theory]
    [InlineData("child in need plan")]
    [InlineData("protection plan")]
    [InlineData("section 47 enquiry")]
    [InlineData("assessment")]
    public void Cannot_be_dated_before_what_was_open_had_ended(string what)
    {
        var (journey, endedAt) = what switch
        {
            "child in need plan" => (JourneyBuilder.Child().Referred().ChildInNeedPlanStarted(Day1.AddDays(1)).ChildInNeedPlanEnded(Day1.AddDays(20)).Journey,
                Day1.AddDays(20)),
            "protection plan" => (JourneyBuilder.Child().ReferredOnPlan().PlanEnded(Day1.AddDays(40)).Journey, Day1.AddDays(40)),
            "section 47 enquiry" => (JourneyBuilder.Child().ReferredWithSection47Open().Section47Concluded(Day1.AddDays(5), Section47Outcome.NoFurtherAction).Journey,
                Day1.AddDays(5)),
            "assessment" => (JourneyBuilder.Child().Assessing().AssessmentAuthorised(Day1.AddDays(10)).Journey, Day1.AddDays(10)),
            _ => throw new ArgumentOutOfRangeException(nameof(what)),
        };

        Given(journey).When(new CloseCase(endedAt - Tick, "RC7")).ShouldBeRefusedWith(("closedAt", "nothing-left-open"));
    }

    [Fact]
    public void Cannot_be_closed_before_the_latest_referral_was_accepted()
    {
        Given(Referred()).When(new CloseCase(ReferredAt, "RC8")).ShouldAppend(new CaseClosed(ReferredAt, "RC8"));
        Given(Referred()).When(new CloseCase(ReferredAt - Tick, "RC8")).ShouldBeRefusedWith(("closedAt", "closure-after-referral"));
    }

    [Fact]
    public void A_closed_case_cannot_be_closed_again()
    {
        var journey = JourneyBuilder.Child().Referred().Closed(ClosedAt).Journey;

        var decision = Given(journey).When(new CloseCase(ClosedAt.AddDays(1), "RC7"));

        decision.ShouldBeRefusedWith(("closedAt", "case-open"));
        decision.MessageFor("case-open").ShouldContain("2025-03-06");
    }

    [Fact]
    public void After_a_new_referral_the_case_can_be_closed_again()
    {
        var reopenedAt = Day1.AddDays(10).AddHours(2);
        var journey = JourneyBuilder.Child().Referred().Closed(ClosedAt)
            .Contact(Day1.AddDays(10))
            .Decided(Day1.AddDays(10).AddHours(1), FrontDoorOutcome.ReferralForAssessment)
            .Referral(reopenedAt)
            .Journey;

        journey.ClosedAt.ShouldBeNull();
        Given(journey).When(new CloseCase(reopenedAt, "RC8")).ShouldAppend(new CaseClosed(reopenedAt, "RC8"));
        // Judged against the new referral, not the first.
        Given(journey).When(new CloseCase(reopenedAt - Tick, "RC8"))
            .ShouldBeRefusedWith(("closedAt", "closure-after-referral"), ("closedAt", "case-open"));
    }

    [Fact]
    public void Closed_just_inside_the_clock_skew_allowance() =>
        Given(Referred()).When(new CloseCase(JustInsideSkew, "RC8")).ShouldAppend(new CaseClosed(JustInsideSkew, "RC8"));

    [Fact]
    public void Closed_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        Given(Referred()).When(new CloseCase(JustOutsideSkew, "RC8")).ShouldBeRefusedWith(("closedAt", "not-in-future"));

    [Fact]
    public void Several_problems_are_all_reported()
    {
        Given(ChildJourney.New("C1")).When(new CloseCase(null, null)).ShouldBeRefusedWith(
            ("closedAt", "required"),
            ("reason", "cin-closure-reason"),
            ("closedAt", "closure-needs-referral"));
        Given(JourneyBuilder.Child().Assessing().Journey).When(new CloseCase(JustOutsideSkew, "RC10")).ShouldBeRefusedWith(
            ("closedAt", "not-in-future"),
            ("reason", "cin-closure-reason"),
            ("closedAt", "nothing-left-open"));
        Given(Referred()).When(new CloseCase(ReferredAt - Tick, "RC0")).ShouldBeRefusedWith(
            ("reason", "cin-closure-reason"),
            ("closedAt", "closure-after-referral"));
    }
}
