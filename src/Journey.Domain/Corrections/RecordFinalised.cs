using Journey.Domain.ChildInNeed;
using Journey.Domain.EarlyHelp;
using Journey.Domain.Journeys;
using Journey.Domain.LeavingCare;
using Journey.Domain.LookedAfter;
using Journey.Domain.Permanence;
using Journey.Domain.Protection;

namespace Journey.Domain.Corrections;

/// <summary>
/// A written record (a visit, plan, review or assessment write-up) was finalised or authorised.
/// When it happened, when it was recorded and when it was signed off are three different facts:
/// the seeds' KPIs went red for visits done on time but finalised late.
/// </summary>
public sealed record RecordFinalised(long FinalisedVersion, DateTimeOffset OccurredAt, string FinalisedBy) : IJourneyEvent;

/// <summary>Finalise the written record of the step at stream <see cref="Version"/>.</summary>
public sealed record FinaliseRecord(long? Version, DateTimeOffset? FinalisedAt, string? FinalisedBy, long? ExpectedVersion = null) : IJourneyCommand
{
    /// <summary>The steps whose write-up is drafted and then signed off.</summary>
    public static readonly IReadOnlySet<Type> Documents = new HashSet<Type>
    {
        typeof(ProtectionVisitMade), typeof(CoreGroupHeld), typeof(ReviewConferenceHeld), typeof(InitialConferenceHeld),
        typeof(ChildInNeedVisitMade), typeof(ChildInNeedPlanStarted), typeof(ChildInNeedPlanReviewed),
        typeof(LookedAfterVisitMade), typeof(LookedAfterReviewHeld), typeof(PersonalEducationPlanRecorded), typeof(CarePlanRecorded),
        typeof(PermanencePlanMade), typeof(PathwayPlanRecorded), typeof(EarlyHelpPlanAgreed), typeof(EarlyHelpReviewed),
        typeof(Assessments.AssessmentStarted), typeof(Assessments.AssessmentCompleted),
    };

    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(FinalisedAt, now, "finalisedAt").Required(FinalisedBy, "finalisedBy", 200);
        var fact = FactChecks.Changeable(journey, Version, checks, "finalise");
        if (fact is null) return checks.Refuse();
        checks.Require(Documents.Contains(fact.Event.GetType()), "version", "finalise-a-written-record",
                $"A {fact.Event.GetType().Name} has no written record to finalise.")
            .Require(!journey.Finalised.ContainsKey(fact.Version), "version", "finalise-once", $"The record at version {fact.Version} is already finalised.")
            .NotBefore(FinalisedAt, fact.Event.OccurredAt, "finalisedAt", "finalised-after-it-happened", "the step happened");
        return checks.Or(() => Decision.Accept(new RecordFinalised(fact.Version, FinalisedAt!.Value, FinalisedBy!)));
    }
}
