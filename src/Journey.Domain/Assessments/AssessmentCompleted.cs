using Journey.Domain.Journeys;
using Journey.Domain.Reference;

namespace Journey.Domain.Assessments;

public enum AssessmentOutcome { NoFurtherAction, EarlyHelp, ChildInNeedPlan, StrategyDiscussion, LookedAfter, Other }

/// <summary>
/// The social worker completed the assessment: whether the child was seen (and alone), the factors
/// identified (CIN census assessment factor codes; 21 when none) and what it concluded.
/// Authorisation by a manager follows; the 45-day clock stops at authorisation.
/// </summary>
public sealed record AssessmentCompleted(
    int AssessmentNumber,
    int ReferralNumber,
    DateTimeOffset OccurredAt,
    bool ChildSeen,
    bool ChildSeenAlone,
    IReadOnlyList<string> Factors,
    AssessmentOutcome Outcome) : IJourneyEvent;

public sealed record CompleteAssessment(
    DateTimeOffset? CompletedAt,
    bool? ChildSeen,
    bool? ChildSeenAlone,
    IReadOnlyList<string>? Factors,
    AssessmentOutcome? Outcome,
    int? AssessmentNumber = null,
    long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var assessment = AssessmentNumber is { } n
            ? journey.Assessments.FirstOrDefault(a => a.Number == n)
            : journey.Assessments.LastOrDefault(a => a.AuthorisedAt is null);
        var checks = new Checks().NotInFuture(CompletedAt, now, "completedAt")
            .ChildSeen(ChildSeen, ChildSeenAlone).OneOf(Outcome, "outcome")
            .Require(Factors is { Count: > 0 }, "factors", "required", "factors is required: the CIN assessment factor codes identified, or 21 when none.")
            .Require(Factors is null || Factors.All(f => CodeLists.Default.Contains(CodeLists.CinAssessmentFactor, f)), "factors", CodeLists.CinAssessmentFactor,
                $"factors must be CIN census assessment factor codes ({string.Join(", ", CodeLists.Default.Codes(CodeLists.CinAssessmentFactor))}).")
            .Require(Factors is null || !Factors.Contains("21") || Factors.Count == 1, "factors", "no-factors-stands-alone",
                "21 (no factors identified) cannot be given with other factors.")
            .Require(Factors is null || Factors.Distinct().Count() == Factors.Count, "factors", "each-factor-once", "A factor is listed twice.")
            .Require(assessment is not null, "assessmentNumber", "complete-a-started-assessment",
                AssessmentNumber is { } missing ? $"Assessment {missing} is not on this child's record." : "No assessment is in progress.")
            .Require(assessment?.CompletedAt is null, "assessmentNumber", "complete-once", $"Assessment {assessment?.Number} is already completed.")
            .Require(assessment?.AuthorisedAt is null, "assessmentNumber", "complete-before-authorisation", $"Assessment {assessment?.Number} is already authorised.");
        if (assessment is not null)
            checks.NotBefore(CompletedAt, assessment.StartedAt, "completedAt", "completed-after-start", $"assessment {assessment.Number} started");
        return checks.Or(() => Decision.Accept(new AssessmentCompleted(assessment!.Number, assessment.ReferralNumber, CompletedAt!.Value,
            ChildSeen!.Value, ChildSeenAlone!.Value, Factors!.ToArray(), Outcome!.Value)));
    }
}
