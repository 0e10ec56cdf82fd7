using Journey.Domain.Journeys;

namespace Journey.Domain.Assessments;

public enum AssessmentOutcome { NoFurtherAction, EarlyHelp, ChildInNeedPlan, StrategyDiscussion, LookedAfter, Other }

/// <summary>
/// The social worker completed the assessment: whether the child was seen (and alone) and what it
/// concluded. Authorisation by a manager follows; the 45-day clock stops at authorisation.
/// </summary>
public sealed record AssessmentCompleted(
    int AssessmentNumber,
    int ReferralNumber,
    DateTimeOffset OccurredAt,
    bool ChildSeen,
    bool ChildSeenAlone,
    AssessmentOutcome Outcome) : IJourneyEvent;

public sealed record CompleteAssessment(
    DateTimeOffset? CompletedAt,
    bool? ChildSeen,
    bool? ChildSeenAlone,
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
            .Require(assessment is not null, "assessmentNumber", "complete-a-started-assessment",
                AssessmentNumber is { } missing ? $"Assessment {missing} is not on this child's record." : "No assessment is in progress.")
            .Require(assessment?.CompletedAt is null, "assessmentNumber", "complete-once", $"Assessment {assessment?.Number} is already completed.")
            .Require(assessment?.AuthorisedAt is null, "assessmentNumber", "complete-before-authorisation", $"Assessment {assessment?.Number} is already authorised.");
        if (assessment is not null)
            checks.NotBefore(CompletedAt, assessment.StartedAt, "completedAt", "completed-after-start", $"assessment {assessment.Number} started");
        return checks.Or(() => Decision.Accept(new AssessmentCompleted(assessment!.Number, assessment.ReferralNumber, CompletedAt!.Value,
            ChildSeen!.Value, ChildSeenAlone!.Value, Outcome!.Value)));
    }
}
