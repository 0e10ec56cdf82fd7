using Journey.Domain.Closure;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;
using static Journey.Domain.Tests.Scenarios.MoreStepsJourneys;

namespace Journey.Domain.Tests.Closure;

/// <summary>CloseCase against periods of care, pre-proceedings and care proceedings (plans, enquiries and assessments are in PlansAndClosure).</summary>
public sealed class CloseCaseWithCareAndCourtWorkTests
{
    private static readonly DateTimeOffset EnteredCareAt = Day1.AddDays(1);
    private static readonly DateTimeOffset LeftCareAt = Day1.AddDays(20);

    [Fact]
    public void Not_while_the_child_is_looked_after() =>
        Given(JourneyBuilder.Child().Referred().EnteredCare(EnteredCareAt).Journey).When(new CloseCase(Day1.AddDays(5), "RC8"))
            .ShouldBeRefusedWith(("closedAt", "nothing-left-open"));

    [Fact]
    public void Once_the_child_left_care_not_before_they_left()
    {
        var journey = JourneyBuilder.Child().Referred().EnteredCare(EnteredCareAt).LeftCare(LeftCareAt).Journey;

        Given(journey).When(new CloseCase(LeftCareAt - Tick, "RC8")).ShouldBeRefusedWith(("closedAt", "nothing-left-open"));
        Given(journey).When(new CloseCase(LeftCareAt, "RC8")).ShouldAppend(new CaseClosed(LeftCareAt, "RC8"));
    }

    [Fact]
    public void Not_while_pre_proceedings_are_open() =>
        Given(JourneyBuilder.Child().InPreProceedings().Journey).When(new CloseCase(Day1.AddDays(15), "RC8"))
            .ShouldBeRefusedWith(("closedAt", "nothing-left-open"));

    [Fact]
    public void Once_pre_proceedings_concluded_not_before_they_concluded()
    {
        var journey = JourneyBuilder.Child().AfterPreProceedings().Journey;

        Given(journey).When(new CloseCase(PloUntil - Tick, "RC8")).ShouldBeRefusedWith(("closedAt", "nothing-left-open"));
        Given(journey).When(new CloseCase(PloUntil, "RC8")).ShouldAppend(new CaseClosed(PloUntil, "RC8"));
    }

    [Fact]
    public void Not_while_care_proceedings_are_under_way() =>
        Given(JourneyBuilder.Child().Referred().ProceedingsIssued(IssuedFrom).Journey).When(new CloseCase(Day1.AddDays(40), "RC8"))
            .ShouldBeRefusedWith(("closedAt", "nothing-left-open"));

    [Fact]
    public void Once_the_final_order_was_made_not_before_it()
    {
        var journey = JourneyBuilder.Child().Referred().ProceedingsIssued(IssuedFrom).FinalOrdered(FinalOrderAt).Journey;

        Given(journey).When(new CloseCase(FinalOrderAt - Tick, "RC2")).ShouldBeRefusedWith(("closedAt", "nothing-left-open"));
        Given(journey).When(new CloseCase(FinalOrderAt, "RC2")).ShouldAppend(new CaseClosed(FinalOrderAt, "RC2"));
    }

    [Fact]
    public void Each_thing_left_open_is_reported()
    {
        var journey = JourneyBuilder.Child().InPreProceedings().EnteredCare(Day1.AddDays(11)).ProceedingsIssued(Day1.AddDays(12)).Journey;

        Given(journey).When(new CloseCase(Day1.AddDays(15), "RC8")).ShouldBeRefusedWith(
            ("closedAt", "nothing-left-open"), ("closedAt", "nothing-left-open"), ("closedAt", "nothing-left-open"));
    }

    [Fact]
    public void The_latest_ending_counts()
    {
        // Pre-proceedings ended Day1 + 30, proceedings Day1 + 60, care Day1 + 20: the case closes from Day1 + 60.
        var journey = JourneyBuilder.Child().AfterPreProceedings().EnteredCare(EnteredCareAt).LeftCare(LeftCareAt)
            .ProceedingsIssued(IssuedFrom).FinalOrdered(FinalOrderAt).Journey;

        Given(journey).When(new CloseCase(Day1.AddDays(45), "RC8")).ShouldBeRefusedWith(("closedAt", "nothing-left-open"));
        Given(journey).When(new CloseCase(FinalOrderAt, "RC8")).ShouldAppend(new CaseClosed(FinalOrderAt, "RC8"));
    }

    [Fact]
    public void Open_early_help_does_not_keep_the_case_open()
    {
        var journey = JourneyBuilder.Child().Referred().EarlyHelpBegan(Day1.AddDays(2)).Journey;

        Given(journey).When(new CloseCase(Day1.AddDays(5), "RC8")).ShouldAppend(new CaseClosed(Day1.AddDays(5), "RC8"));
    }
}
