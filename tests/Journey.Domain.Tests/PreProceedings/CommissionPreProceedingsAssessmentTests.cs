using Journey.Domain.Journeys;
using Journey.Domain.PreProceedings;
using Journey.Domain.Tests.Given;
using static Journey.Domain.Tests.Given.MoreStepsJourneys;
using static Journey.Domain.Tests.Given.Moments;

namespace Journey.Domain.Tests.PreProceedings;

public sealed class CommissionPreProceedingsAssessmentTests
{
    private const string Parenting = "Parenting assessment";
    private static readonly DateTimeOffset CommissionedAt = PloFrom.AddDays(4);          // 2025-03-17 09:00Z
    private static readonly DateOnly DueOn = new(2025, 4, 14);

    private static ChildJourney InPreProceedings() => JourneyBuilder.Child().InPreProceedings().Journey;

    [Fact]
    public void Commissions_an_assessment_with_its_due_date() =>
        new CommissionPreProceedingsAssessment(CommissionedAt, Parenting, DueOn).Decide(InPreProceedings(), Now)
            .ShouldAppend(new PreProceedingsAssessmentCommissioned(1, CommissionedAt, Parenting, DueOn));

    [Fact]
    public void When_it_was_commissioned_is_required() =>
        new CommissionPreProceedingsAssessment(null, Parenting, DueOn).Decide(InPreProceedings(), Now)
            .ShouldBeRefusedWith(("commissionedAt", "required"));

    [Fact]
    public void Cannot_be_commissioned_in_the_future_beyond_the_clock_skew()
    {
        var due = new DateOnly(2025, 7, 1);
        new CommissionPreProceedingsAssessment(JustInsideSkew, Parenting, due).Decide(InPreProceedings(), Now)
            .ShouldAppend(new PreProceedingsAssessmentCommissioned(1, JustInsideSkew, Parenting, due));
        new CommissionPreProceedingsAssessment(JustOutsideSkew, Parenting, due).Decide(InPreProceedings(), Now)
            .ShouldBeRefusedWith(("commissionedAt", "not-in-future"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void What_was_commissioned_is_required(string? assessment) =>
        new CommissionPreProceedingsAssessment(CommissionedAt, assessment, DueOn).Decide(InPreProceedings(), Now)
            .ShouldBeRefusedWith(("assessment", "required"));

    [Fact]
    public void What_was_commissioned_is_at_most_200_characters()
    {
        new CommissionPreProceedingsAssessment(CommissionedAt, new string('a', 200), DueOn).Decide(InPreProceedings(), Now).ShouldBeAccepted();
        new CommissionPreProceedingsAssessment(CommissionedAt, new string('a', 201), DueOn).Decide(InPreProceedings(), Now)
            .ShouldBeRefusedWith(("assessment", "max-length"));
    }

    [Fact]
    public void The_due_date_is_required() =>
        new CommissionPreProceedingsAssessment(CommissionedAt, Parenting, null).Decide(InPreProceedings(), Now)
            .ShouldBeRefusedWith(("dueOn", "required"));

    [Fact]
    public void May_be_due_the_day_it_was_commissioned_but_not_before()
    {
        new CommissionPreProceedingsAssessment(CommissionedAt, Parenting, new DateOnly(2025, 3, 17)).Decide(InPreProceedings(), Now)
            .ShouldAppend(new PreProceedingsAssessmentCommissioned(1, CommissionedAt, Parenting, new DateOnly(2025, 3, 17)));
        new CommissionPreProceedingsAssessment(CommissionedAt, Parenting, new DateOnly(2025, 3, 16)).Decide(InPreProceedings(), Now)
            .ShouldBeRefusedWith(("dueOn", "due-after-commissioned"));
    }

    [Fact]
    public void May_be_due_up_to_a_year_after_it_was_commissioned_but_no_later()
    {
        // Commissioned on 17 March 2025: 366 days on is 18 March 2026.
        new CommissionPreProceedingsAssessment(CommissionedAt, Parenting, new DateOnly(2026, 3, 18)).Decide(InPreProceedings(), Now)
            .ShouldAppend(new PreProceedingsAssessmentCommissioned(1, CommissionedAt, Parenting, new DateOnly(2026, 3, 18)));
        new CommissionPreProceedingsAssessment(CommissionedAt, Parenting, new DateOnly(2026, 3, 19)).Decide(InPreProceedings(), Now)
            .ShouldBeRefusedWith(("dueOn", "within-a-year"));
        new CommissionPreProceedingsAssessment(CommissionedAt, Parenting, DateOnly.MaxValue).Decide(InPreProceedings(), Now)
            .ShouldBeRefusedWith(("dueOn", "within-a-year"));
    }

    [Fact]
    public void The_day_it_was_commissioned_is_the_UK_day()
    {
        // 00:30 on 1 April in British Summer Time is 23:30 UTC on 31 March: commissioned on 1 April, so not due on 31 March.
        var commissionedAt = At("2025-04-01T00:30:00+01:00");

        new CommissionPreProceedingsAssessment(commissionedAt, Parenting, new DateOnly(2025, 4, 1)).Decide(InPreProceedings(), Now)
            .ShouldAppend(new PreProceedingsAssessmentCommissioned(1, commissionedAt, Parenting, new DateOnly(2025, 4, 1)));
        new CommissionPreProceedingsAssessment(commissionedAt, Parenting, new DateOnly(2025, 3, 31)).Decide(InPreProceedings(), Now)
            .ShouldBeRefusedWith(("dueOn", "due-after-commissioned"));
    }

    [Fact]
    public void Needs_open_pre_proceedings()
    {
        new CommissionPreProceedingsAssessment(CommissionedAt, Parenting, DueOn).Decide(JourneyBuilder.Child().Referred().Journey, Now)
            .ShouldBeRefusedWith(("commissionedAt", "needs-open-pre-proceedings"));
        new CommissionPreProceedingsAssessment(Day1.AddDays(40), Parenting, DueOn).Decide(JourneyBuilder.Child().AfterPreProceedings().Journey, Now)
            .ShouldBeRefusedWith(("commissionedAt", "needs-open-pre-proceedings"));
    }

    [Fact]
    public void Cannot_be_dated_before_pre_proceedings_began()
    {
        new CommissionPreProceedingsAssessment(PloFrom, Parenting, DueOn).Decide(InPreProceedings(), Now)
            .ShouldAppend(new PreProceedingsAssessmentCommissioned(1, PloFrom, Parenting, DueOn));
        new CommissionPreProceedingsAssessment(PloFrom - Tick, Parenting, DueOn).Decide(InPreProceedings(), Now)
            .ShouldBeRefusedWith(("commissionedAt", "within-pre-proceedings"));
    }

    [Fact]
    public void Reports_every_problem_at_once() =>
        new CommissionPreProceedingsAssessment(CommissionedAt, null, new DateOnly(2025, 3, 1)).Decide(JourneyBuilder.Child().Referred().Journey, Now)
            .ShouldBeRefusedWith(("assessment", "required"), ("dueOn", "due-after-commissioned"), ("commissionedAt", "needs-open-pre-proceedings"));
}
