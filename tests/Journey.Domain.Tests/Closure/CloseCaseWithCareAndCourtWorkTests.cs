using Journey.Domain.Closure;
using Journey.Domain.Tests.Given;
using static Journey.Domain.Tests.Given.MoreStepsJourneys;
using static Journey.Domain.Tests.Given.Moments;

namespace Journey.Domain.Tests.Closure;

/// <summary>CloseCase against periods of care, pre-proceedings and care proceedings (plans, enquiries and assessments are in PlansAndClosure).</summary>
public sealed class CloseCaseWithCareAndCourtWorkTests
{
    private static readonly DateTimeOffset EnteredCareAt = Day1.AddDays(1);
    private static readonly DateTimeOffset LeftCareAt = Day1.AddDays(20);

    [Fact]
    public void Not_while_the_child_is_looked_after() =>
        new CloseCase(Day1.AddDays(5), "RC8").Decide(JourneyBuilder.Child().Referred().EnteredCare(EnteredCareAt).Journey, Now)
            .ShouldBeRefusedWith(("closedAt", "nothing-left-open"));

    [Fact]
    public void Once_the_child_left_care_not_before_they_left()
    {
        var journey = JourneyBuilder.Child().Referred().EnteredCare(EnteredCareAt).LeftCare(LeftCareAt).Journey;

        new CloseCase(LeftCareAt - Tick, "RC8").Decide(journey, Now).ShouldBeRefusedWith(("closedAt", "nothing-left-open"));
        new CloseCase(LeftCareAt, "RC8").Decide(journey, Now).ShouldAppend(new CaseClosed(LeftCareAt, "RC8"));
    }

    [Fact]
    public void Not_while_pre_proceedings_are_open() =>
        new CloseCase(Day1.AddDays(15), "RC8").Decide(JourneyBuilder.Child().InPreProceedings().Journey, Now)
            .ShouldBeRefusedWith(("closedAt", "nothing-left-open"));

    [Fact]
    public void Once_pre_proceedings_concluded_not_before_they_concluded()
    {
        var journey = JourneyBuilder.Child().AfterPreProceedings().Journey;

        new CloseCase(PloUntil - Tick, "RC8").Decide(journey, Now).ShouldBeRefusedWith(("closedAt", "nothing-left-open"));
        new CloseCase(PloUntil, "RC8").Decide(journey, Now).ShouldAppend(new CaseClosed(PloUntil, "RC8"));
    }

    [Fact]
    public void Not_while_care_proceedings_are_under_way() =>
        new CloseCase(Day1.AddDays(40), "RC8").Decide(JourneyBuilder.Child().Referred().ProceedingsIssued(IssuedFrom).Journey, Now)
            .ShouldBeRefusedWith(("closedAt", "nothing-left-open"));

    [Fact]
    public void Once_the_final_order_was_made_not_before_it()
    {
        var journey = JourneyBuilder.Child().Referred().ProceedingsIssued(IssuedFrom).FinalOrdered(FinalOrderAt).Journey;

        new CloseCase(FinalOrderAt - Tick, "RC2").Decide(journey, Now).ShouldBeRefusedWith(("closedAt", "nothing-left-open"));
        new CloseCase(FinalOrderAt, "RC2").Decide(journey, Now).ShouldAppend(new CaseClosed(FinalOrderAt, "RC2"));
    }

    [Fact]
    public void Each_thing_left_open_is_reported()
    {
        var journey = JourneyBuilder.Child().InPreProceedings().EnteredCare(Day1.AddDays(11)).ProceedingsIssued(Day1.AddDays(12)).Journey;

        new CloseCase(Day1.AddDays(15), "RC8").Decide(journey, Now).ShouldBeRefusedWith(
            ("closedAt", "nothing-left-open"), ("closedAt", "nothing-left-open"), ("closedAt", "nothing-left-open"));
    }

    [Fact]
    public void The_latest_ending_counts()
    {
        // Pre-proceedings ended Day1 + 30, proceedings Day1 + 60, care Day1 + 20: the case closes from Day1 + 60.
        var journey = JourneyBuilder.Child().AfterPreProceedings().EnteredCare(EnteredCareAt).LeftCare(LeftCareAt)
            .ProceedingsIssued(IssuedFrom).FinalOrdered(FinalOrderAt).Journey;

        new CloseCase(Day1.AddDays(45), "RC8").Decide(journey, Now).ShouldBeRefusedWith(("closedAt", "nothing-left-open"));
        new CloseCase(FinalOrderAt, "RC8").Decide(journey, Now).ShouldAppend(new CaseClosed(FinalOrderAt, "RC8"));
    }

    [Fact]
    public void Open_early_help_does_not_keep_the_case_open()
    {
        var journey = JourneyBuilder.Child().Referred().EarlyHelpBegan(Day1.AddDays(2)).Journey;

        new CloseCase(Day1.AddDays(5), "RC8").Decide(journey, Now).ShouldAppend(new CaseClosed(Day1.AddDays(5), "RC8"));
    }
}
