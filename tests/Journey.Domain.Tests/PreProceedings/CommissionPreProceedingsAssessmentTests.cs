using Journey.Domain.Journeys;
using Journey.Domain.PreProceedings;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;
using static Journey.Domain.Tests.Scenarios.MoreStepsJourneys;

namespace Journey.Domain.Tests.PreProceedings;

public sealed class CommissionPreProceedingsAssessmentTests : EpisodeStepTests
{
    private const string Parenting = "Parenting assessment";
    private static readonly DateTimeOffset CommissionedAt = PloFrom.AddDays(4);          // 2025-03-17 09:00Z
    private static readonly DateOnly DueOn = new(2025, 4, 14);

    // Due on 1 July 2025: after every date the shared rules commission it at (the latest, just inside the clock skew, 2 June).
    private static readonly DateOnly LaterDueOn = new(2025, 7, 1);

    protected override Episode Episode => PreProceedingsEpisode;
    protected override string Field => "commissionedAt";
    protected override IJourneyCommand Step(DateTimeOffset? at) => new CommissionPreProceedingsAssessment(at, Parenting, LaterDueOn);
    protected override IJourneyEvent Appended(int preProceedings, DateTimeOffset at) => new PreProceedingsAssessmentCommissioned(preProceedings, at, Parenting, LaterDueOn);
    protected override DateTimeOffset UsualAt => CommissionedAt;

    [Fact]
    public void Commissions_an_assessment_with_its_due_date() =>
        Given(Episode.Open()).When(new CommissionPreProceedingsAssessment(CommissionedAt, Parenting, DueOn))
            .ShouldAppend(new PreProceedingsAssessmentCommissioned(1, CommissionedAt, Parenting, DueOn));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void What_was_commissioned_is_required(string? assessment) =>
        Given(Episode.Open()).When(new CommissionPreProceedingsAssessment(CommissionedAt, assessment, DueOn))
            .ShouldBeRefusedWith(("assessment", "required"));

    [Fact]
    public void What_was_commissioned_is_at_most_200_characters()
    {
        Given(Episode.Open()).When(new CommissionPreProceedingsAssessment(CommissionedAt, new string('a', 200), DueOn)).ShouldBeAccepted();
        Given(Episode.Open()).When(new CommissionPreProceedingsAssessment(CommissionedAt, new string('a', 201), DueOn))
            .ShouldBeRefusedWith(("assessment", "max-length"));
    }

    [Fact]
    public void The_due_date_is_required() =>
        Given(Episode.Open()).When(new CommissionPreProceedingsAssessment(CommissionedAt, Parenting, null))
            .ShouldBeRefusedWith(("dueOn", "required"));

    [Fact]
    public void May_be_due_the_day_it_was_commissioned_but_not_before()
    {
        Given(Episode.Open()).When(new CommissionPreProceedingsAssessment(CommissionedAt, Parenting, new DateOnly(2025, 3, 17)))
            .ShouldAppend(new PreProceedingsAssessmentCommissioned(1, CommissionedAt, Parenting, new DateOnly(2025, 3, 17)));
        Given(Episode.Open()).When(new CommissionPreProceedingsAssessment(CommissionedAt, Parenting, new DateOnly(2025, 3, 16)))
            .ShouldBeRefusedWith(("dueOn", "due-after-commissioned"));
    }

    [Fact]
    public void May_be_due_up_to_a_year_after_it_was_commissioned_but_no_later()
    {
        // Commissioned on 17 March 2025: 366 days on is 18 March 2026.
        Given(Episode.Open()).When(new CommissionPreProceedingsAssessment(CommissionedAt, Parenting, new DateOnly(2026, 3, 18)))
            .ShouldAppend(new PreProceedingsAssessmentCommissioned(1, CommissionedAt, Parenting, new DateOnly(2026, 3, 18)));
        Given(Episode.Open()).When(new CommissionPreProceedingsAssessment(CommissionedAt, Parenting, new DateOnly(2026, 3, 19)))
            .ShouldBeRefusedWith(("dueOn", "within-a-year"));
        Given(Episode.Open()).When(new CommissionPreProceedingsAssessment(CommissionedAt, Parenting, DateOnly.MaxValue))
            .ShouldBeRefusedWith(("dueOn", "within-a-year"));
    }

    [Fact]
    public void The_day_it_was_commissioned_is_the_UK_day()
    {
        // 00:30 on 1 April in British Summer Time is 23:30 UTC on 31 March: commissioned on 1 April, so not due on 31 March.
        var commissionedAt = At("2025-04-01T00:30:00+01:00");

        Given(Episode.Open()).When(new CommissionPreProceedingsAssessment(commissionedAt, Parenting, new DateOnly(2025, 4, 1)))
            .ShouldAppend(new PreProceedingsAssessmentCommissioned(1, commissionedAt, Parenting, new DateOnly(2025, 4, 1)));
        Given(Episode.Open()).When(new CommissionPreProceedingsAssessment(commissionedAt, Parenting, new DateOnly(2025, 3, 31)))
            .ShouldBeRefusedWith(("dueOn", "due-after-commissioned"));
    }

    [Fact]
    public void Reports_every_problem_at_once() =>
        Given(JourneyBuilder.Child().Referred().Journey).When(new CommissionPreProceedingsAssessment(CommissionedAt, null, new DateOnly(2025, 3, 1)))
            .ShouldBeRefusedWith(("assessment", "required"), ("dueOn", "due-after-commissioned"), ("commissionedAt", "needs-open-pre-proceedings"));
}
