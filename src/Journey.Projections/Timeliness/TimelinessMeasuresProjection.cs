using JasperFx.Events;
using Journey.Domain.Assessments;
using Journey.Domain.Closure;
using Journey.Domain.Corrections;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Missing;
using Journey.Domain.Permanence;
using Journey.Domain.PreProceedings;
using Journey.Domain.Proceedings;
using Journey.Domain.Protection;
using Journey.Domain.Timescales;
using Marten;
using Marten.Events.Projections;

namespace Journey.Projections.Timeliness;

/// <summary>
/// Starts and stops each child's timeliness clocks in <c>journey.measure_clocks</c> as events are
/// appended. Runs inline: a practitioner's write and its measure rows commit in one transaction.
/// Each row is keyed by child, measure and episode (the contact, referral or enquiry number), and
/// every statement is an upsert, so replaying the events rebuilds the same rows. Corrections move a
/// clock as their replacement would have; withdrawals undo what the withdrawn fact did.
/// </summary>
public sealed class TimelinessMeasuresProjection : EventProjection
{
    private readonly TimelinessClocks _clocks;

    public TimelinessMeasuresProjection(TimelinessClocks clocks)
    {
        _clocks = clocks;
        Name = "TimelinessMeasures";
        SchemaObjects.Add(MeasureSchema.Clocks());
        SchemaObjects.Add(MeasureSchema.MeasuresAt());
        SchemaObjects.Add(MeasureSchema.MeasureRowsForMonth());
        SchemaObjects.Add(MeasureSchema.MeasuresAtForMonth());
        SchemaObjects.Add(MeasureSchema.MeasuresAsAt());
        SchemaObjects.Add(MeasureSchema.MeasuresAsRecorded());
        SchemaObjects.Add(MeasureSchema.ElapsedUnit());
        SchemaObjects.Add(MeasureSchema.MeasuresNow());
        SchemaObjects.Add(LastDiscussionClock.Discussions());
    }

    public override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        var child = e.StreamKey!;
        switch (e.Data)
        {
            // A correction moves the clocks as if the replacement had been recorded: every statement is an upsert.
            case EventCorrected { Original: ProceedingsExtended before, Replacement: ProceedingsExtended after }:
                MoveDue(operations, e, child, Measures.CareProceedings, after.ProceedingsNumber, 7 * (after.Weeks - before.Weeks));
                break;
            case EventCorrected corrected: Project(operations, e, child, corrected.Replacement, corrected.CorrectedVersion); break;
            case EventWithdrawn withdrawn: Undo(operations, e, child, withdrawn.Withdrawn, withdrawn.WithdrawnVersion); break;
            case IJourneyEvent fact: Project(operations, e, child, fact, e.Version); break;
        }
        // After the primary clocks have moved: the secondary conference clock follows them.
        if (LastDiscussionClock.Moves(e.Data)) LastDiscussionClock.Recompute(operations, e, child);
        return ValueTask.CompletedTask;
    }

    /// <param name="factVersion">The stream version of the step itself (for a correction, the corrected step's).</param>
    private void Project(IDocumentOperations operations, IEvent e, string child, IJourneyEvent fact, long factVersion)
    {
        switch (fact)
        {
            case ContactReceived contact:
                Start(operations, e, child, Measures.FrontDoorDecision, contact.ContactNumber, contact.OccurredAt);
                Start(operations, e, child, Measures.ContactDecision24Hours, contact.ContactNumber, contact.OccurredAt);
                break;
            case FrontDoorDecisionMade decision:
                Stop(operations, e, child, Measures.FrontDoorDecision, decision.ContactNumber, decision.OccurredAt, factVersion);
                Stop(operations, e, child, Measures.ContactDecision24Hours, decision.ContactNumber, decision.OccurredAt, factVersion);
                break;
            case ReferralAccepted referral:
                Start(operations, e, child, Measures.Assessment, referral.ReferralNumber, referral.OccurredAt);
                Start(operations, e, child, Measures.Allocation, referral.ReferralNumber, referral.OccurredAt);
                break;
            case CaseAllocated allocated:
                // An allocation answers every referral still waiting for one.
                StopAllOpen(operations, e, child, Measures.Allocation, allocated.OccurredAt, factVersion);
                break;
            case CaseClosed closed:
                NotDueFromAllOpen(operations, e, child, Measures.Allocation, closed.OccurredAt);
                break;
            case AssessmentStarted started:
                Start(operations, e, child, Measures.AssessmentFromStart, started.AssessmentNumber, started.OccurredAt);
                break;
            case AssessmentAuthorised authorised:
                Stop(operations, e, child, Measures.Assessment, authorised.ReferralNumber, authorised.OccurredAt, factVersion);
                Stop(operations, e, child, Measures.AssessmentFromStart, authorised.AssessmentNumber, authorised.OccurredAt, factVersion);
                break;
            case StrategyDiscussionHeld discussion:
                LastDiscussionClock.Held(operations, e, child, factVersion, discussion);
                break;
            case Section47Started enquiry:
                // The conference clock runs from the initiating strategy discussion, which is the enquiry's start.
                Start(operations, e, child, Measures.InitialConference, enquiry.EnquiryNumber, enquiry.OccurredAt);
                break;
            case Section47Concluded concluded:
                // Only an enquiry that asks for a conference leaves one due.
                NotDueFrom(operations, e, child, Measures.InitialConference, concluded.EnquiryNumber,
                    concluded.Outcome == Section47Outcome.InitialConference ? null : concluded.OccurredAt);
                break;
            case InitialConferenceHeld conference:
                Stop(operations, e, child, Measures.InitialConference, conference.EnquiryNumber, conference.OccurredAt, factVersion);
                break;
            case ProtectionPlanStarted plan:
                Start(operations, e, child, Measures.FirstCoreGroup, plan.PlanNumber, plan.OccurredAt);
                Start(operations, e, child, Measures.FirstReviewConference, plan.PlanNumber, plan.OccurredAt);
                break;
            case CoreGroupHeld coreGroup:
                Stop(operations, e, child, Measures.FirstCoreGroup, coreGroup.PlanNumber, coreGroup.OccurredAt, factVersion);
                break;
            case ReviewConferenceHeld review:
                Stop(operations, e, child, Measures.FirstReviewConference, review.PlanNumber, review.OccurredAt, factVersion);
                break;
            case ProtectionPlanEnded ended:
                // A plan that ends owes no first core group or review it had not yet had.
                NotDueFrom(operations, e, child, Measures.FirstCoreGroup, ended.PlanNumber, ended.OccurredAt);
                NotDueFrom(operations, e, child, Measures.FirstReviewConference, ended.PlanNumber, ended.OccurredAt);
                break;
            case EnteredCare care:
                Start(operations, e, child, Measures.InitialHealthAssessment, care.CareEpisodeNumber, care.OccurredAt);
                Start(operations, e, child, Measures.CarePlan, care.CareEpisodeNumber, care.OccurredAt);
                Start(operations, e, child, Measures.FirstLookedAfterReview, care.CareEpisodeNumber, care.OccurredAt);
                break;
            case HealthAssessmentCompleted { Kind: HealthAssessmentKind.Initial } health:
                Stop(operations, e, child, Measures.InitialHealthAssessment, health.CareEpisodeNumber, health.OccurredAt, factVersion);
                break;
            case CarePlanRecorded carePlan:
                Stop(operations, e, child, Measures.CarePlan, carePlan.CareEpisodeNumber, carePlan.OccurredAt, factVersion);
                break;
            case LookedAfterReviewHeld review:
                Stop(operations, e, child, Measures.FirstLookedAfterReview, review.CareEpisodeNumber, review.OccurredAt, factVersion);
                break;
            case LeftCare left:
                foreach (var measure in CareMeasures) NotDueFrom(operations, e, child, measure, left.CareEpisodeNumber, left.OccurredAt);
                break;
            case ReturnedFromMissing returned:
                Start(operations, e, child, Measures.ReturnInterview, returned.MissingNumber, returned.OccurredAt);
                break;
            case PreProceedingsEntered entered:
                Start(operations, e, child, Measures.PreProceedings, entered.PreProceedingsNumber, entered.OccurredAt);
                break;
            case PreProceedingsConcluded concluded:
                Stop(operations, e, child, Measures.PreProceedings, concluded.PreProceedingsNumber, concluded.OccurredAt, factVersion);
                break;
            case CareProceedingsIssued issued:
                Start(operations, e, child, Measures.CareProceedings, issued.ProceedingsNumber, issued.OccurredAt);
                break;
            case ProceedingsExtended extended:
                // An extension moves the due date on by its weeks; a correction moves it by the difference (ApplyAsync).
                MoveDue(operations, e, child, Measures.CareProceedings, extended.ProceedingsNumber, 7 * extended.Weeks);
                break;
            case FinalOrderMade order:
                Stop(operations, e, child, Measures.CareProceedings, order.ProceedingsNumber, order.OccurredAt, factVersion);
                break;
            // Life-story work runs from the celebration of the adoption; the book and the letter each stop their own clock.
            case AdoptionStepTaken { Step: AdoptionStep.CelebrationHeld } celebration:
                foreach (var measure in LifeStoryMeasures) Start(operations, e, child, measure, celebration.CareEpisodeNumber, celebration.OccurredAt);
                break;
            case AdoptionStepTaken { Step: AdoptionStep.LifeStoryBookGiven } book:
                Stop(operations, e, child, Measures.LifeStoryBook, book.CareEpisodeNumber, book.OccurredAt, factVersion);
                break;
            case AdoptionStepTaken { Step: AdoptionStep.LaterLifeLetterGiven } letter:
                Stop(operations, e, child, Measures.LaterLifeLetter, letter.CareEpisodeNumber, letter.OccurredAt, factVersion);
                break;
            // The interview done, or refused by the child, ends what the authority owes.
            case ReturnInterviewRecorded { Outcome: ReturnInterviewOutcome.Completed or ReturnInterviewOutcome.Declined } interview:
                Stop(operations, e, child, Measures.ReturnInterview, interview.MissingNumber, interview.OccurredAt, factVersion);
                break;
        }
    }

    private static readonly string[] CareMeasures = [Measures.InitialHealthAssessment, Measures.CarePlan, Measures.FirstLookedAfterReview];
    private static readonly string[] PlanMeasures = [Measures.FirstCoreGroup, Measures.FirstReviewConference];
    private static readonly string[] LifeStoryMeasures = [Measures.LifeStoryBook, Measures.LaterLifeLetter];

    /// <summary>What a withdrawn fact had done to the clocks, undone.</summary>
    private static void Undo(IDocumentOperations operations, IEvent e, string child, IJourneyEvent fact, long factVersion)
    {
        switch (fact)
        {
            case ContactReceived contact:
                Remove(operations, child, Measures.FrontDoorDecision, contact.ContactNumber);
                Remove(operations, child, Measures.ContactDecision24Hours, contact.ContactNumber);
                break;
            case FrontDoorDecisionMade decision:
                Reopen(operations, e, child, Measures.FrontDoorDecision, decision.ContactNumber, factVersion);
                Reopen(operations, e, child, Measures.ContactDecision24Hours, decision.ContactNumber, factVersion);
                break;
            case ReferralAccepted referral:
                Remove(operations, child, Measures.Assessment, referral.ReferralNumber);
                Remove(operations, child, Measures.Allocation, referral.ReferralNumber);
                break;
            case CaseAllocated:
                ReopenAllStoppedBy(operations, e, child, Measures.Allocation, factVersion);
                break;
            case CaseClosed:
                operations.QueueSqlCommand($"""
                    UPDATE {MeasureSchema.ClocksTable.QualifiedName} SET not_due_from = NULL, last_event_sequence = ?
                    WHERE child_id = ? AND measure = ? AND actual_at IS NULL
                    """, e.Sequence, child, Measures.Allocation);
                break;
            case AssessmentStarted started:
                Remove(operations, child, Measures.AssessmentFromStart, started.AssessmentNumber);
                break;
            case AssessmentAuthorised authorised:
                Reopen(operations, e, child, Measures.Assessment, authorised.ReferralNumber, factVersion);
                Reopen(operations, e, child, Measures.AssessmentFromStart, authorised.AssessmentNumber, factVersion);
                break;
            case StrategyDiscussionHeld:
                LastDiscussionClock.Withdrawn(operations, child, factVersion);
                break;
            case Section47Started enquiry:
                Remove(operations, child, Measures.InitialConference, enquiry.EnquiryNumber);
                break;
            case Section47Concluded concluded:
                NotDueFrom(operations, e, child, Measures.InitialConference, concluded.EnquiryNumber, null);
                break;
            case InitialConferenceHeld conference:
                Reopen(operations, e, child, Measures.InitialConference, conference.EnquiryNumber, factVersion);
                break;
            case ProtectionPlanStarted plan:
                foreach (var measure in PlanMeasures) Remove(operations, child, measure, plan.PlanNumber);
                break;
            case CoreGroupHeld coreGroup: Reopen(operations, e, child, Measures.FirstCoreGroup, coreGroup.PlanNumber, factVersion); break;
            case ReviewConferenceHeld review: Reopen(operations, e, child, Measures.FirstReviewConference, review.PlanNumber, factVersion); break;
            case ProtectionPlanEnded ended:
                foreach (var measure in PlanMeasures) NotDueFrom(operations, e, child, measure, ended.PlanNumber, null);
                break;
            case EnteredCare care:
                foreach (var measure in CareMeasures) Remove(operations, child, measure, care.CareEpisodeNumber);
                break;
            case HealthAssessmentCompleted { Kind: HealthAssessmentKind.Initial } health:
                Reopen(operations, e, child, Measures.InitialHealthAssessment, health.CareEpisodeNumber, factVersion);
                break;
            case CarePlanRecorded carePlan: Reopen(operations, e, child, Measures.CarePlan, carePlan.CareEpisodeNumber, factVersion); break;
            case LookedAfterReviewHeld review: Reopen(operations, e, child, Measures.FirstLookedAfterReview, review.CareEpisodeNumber, factVersion); break;
            case LeftCare left:
                foreach (var measure in CareMeasures) NotDueFrom(operations, e, child, measure, left.CareEpisodeNumber, null);
                break;
            case ReturnedFromMissing returned: Remove(operations, child, Measures.ReturnInterview, returned.MissingNumber); break;
            case PreProceedingsEntered entered: Remove(operations, child, Measures.PreProceedings, entered.PreProceedingsNumber); break;
            case PreProceedingsConcluded concluded: Reopen(operations, e, child, Measures.PreProceedings, concluded.PreProceedingsNumber, factVersion); break;
            case CareProceedingsIssued issued: Remove(operations, child, Measures.CareProceedings, issued.ProceedingsNumber); break;
            case ProceedingsExtended extended: MoveDue(operations, e, child, Measures.CareProceedings, extended.ProceedingsNumber, -7 * extended.Weeks); break;
            case FinalOrderMade order: Reopen(operations, e, child, Measures.CareProceedings, order.ProceedingsNumber, factVersion); break;
            case AdoptionStepTaken { Step: AdoptionStep.CelebrationHeld } celebration:
                foreach (var measure in LifeStoryMeasures) Remove(operations, child, measure, celebration.CareEpisodeNumber);
                break;
            case AdoptionStepTaken { Step: AdoptionStep.LifeStoryBookGiven } book:
                Reopen(operations, e, child, Measures.LifeStoryBook, book.CareEpisodeNumber, factVersion);
                break;
            case AdoptionStepTaken { Step: AdoptionStep.LaterLifeLetterGiven } letter:
                Reopen(operations, e, child, Measures.LaterLifeLetter, letter.CareEpisodeNumber, factVersion);
                break;
            case ReturnInterviewRecorded interview: Reopen(operations, e, child, Measures.ReturnInterview, interview.MissingNumber, factVersion); break;
        }
    }

    private static void Remove(IDocumentOperations operations, string child, string measure, int episode) =>
        operations.QueueSqlCommand(
            $"DELETE FROM {MeasureSchema.ClocksTable.QualifiedName} WHERE child_id = ? AND measure = ? AND episode = ?",
            child, measure, episode);

    /// <summary>Moves a clock's due date by whole days (an extension granted, corrected or withdrawn).</summary>
    private static void MoveDue(IDocumentOperations operations, IEvent e, string child, string measure, int episode, int days) =>
        operations.QueueSqlCommand($"""
            UPDATE {MeasureSchema.ClocksTable.QualifiedName}
            SET due_date = due_date + ?, due_extension_days = due_extension_days + ?, last_event_sequence = ?
            WHERE child_id = ? AND measure = ? AND episode = ?
            """, days, days, e.Sequence, child, measure, episode);

    /// <summary>Stops every clock of a measure still running for the child (or, correcting, those this step stopped).</summary>
    private static void StopAllOpen(IDocumentOperations operations, IEvent e, string child, string measure, DateTimeOffset actualAt, long stoppedBy) =>
        operations.QueueSqlCommand($"""
            UPDATE {MeasureSchema.ClocksTable.QualifiedName}
            SET actual_at = ?, actual_date = ?, stopped_by_version = ?, last_event_sequence = ?,
                actual_recorded_at = CASE WHEN stopped_by_version = ? THEN actual_recorded_at ELSE ? END
            WHERE child_id = ? AND measure = ? AND start_at <= ? AND (actual_at IS NULL OR stopped_by_version = ?)
            """, actualAt.ToUniversalTime(), UkTime.DateOf(actualAt), stoppedBy, e.Sequence, stoppedBy, e.Timestamp.ToUniversalTime(),
            child, measure, actualAt.ToUniversalTime(), stoppedBy);

    private static void ReopenAllStoppedBy(IDocumentOperations operations, IEvent e, string child, string measure, long stoppedBy) =>
        operations.QueueSqlCommand($"""
            UPDATE {MeasureSchema.ClocksTable.QualifiedName}
            SET actual_at = NULL, actual_date = NULL, stopped_by_version = NULL, actual_recorded_at = NULL, last_event_sequence = ?
            WHERE child_id = ? AND measure = ? AND stopped_by_version = ?
            """, e.Sequence, child, measure, stoppedBy);

    private static void NotDueFromAllOpen(IDocumentOperations operations, IEvent e, string child, string measure, DateTimeOffset from) =>
        operations.QueueSqlCommand($"""
            UPDATE {MeasureSchema.ClocksTable.QualifiedName} SET not_due_from = ?, last_event_sequence = ?
            WHERE child_id = ? AND measure = ? AND actual_at IS NULL
            """, from.ToUniversalTime(), e.Sequence, child, measure);

    /// <summary>Only the withdrawal of the step that stopped a clock reopens it.</summary>
    private static void Reopen(IDocumentOperations operations, IEvent e, string child, string measure, int episode, long stoppedBy) =>
        operations.QueueSqlCommand($"""
            UPDATE {MeasureSchema.ClocksTable.QualifiedName}
            SET actual_at = NULL, actual_date = NULL, stopped_by_version = NULL, actual_recorded_at = NULL, last_event_sequence = ?
            WHERE child_id = ? AND measure = ? AND episode = ? AND stopped_by_version = ?
            """, e.Sequence, child, measure, episode, stoppedBy);

    /// <summary>
    /// A clock not yet stopped stops being due from <paramref name="notDueFrom"/> (null: due again).
    /// A clock already stopped keeps its result.
    /// </summary>
    private static void NotDueFrom(IDocumentOperations operations, IEvent e, string child, string measure, int episode, DateTimeOffset? notDueFrom)
    {
        // A null is left out of the parameters rather than bound without a type.
        var value = notDueFrom is null ? "NULL" : "?";
        object[] parameters = notDueFrom is { } from
            ? [from.ToUniversalTime(), e.Sequence, child, measure, episode]
            : [e.Sequence, child, measure, episode];
        operations.QueueSqlCommand($"""
            UPDATE {MeasureSchema.ClocksTable.QualifiedName} SET not_due_from = {value}, last_event_sequence = ?
            WHERE child_id = ? AND measure = ? AND episode = ? AND actual_at IS NULL
            """, parameters);
    }

    private void Start(IDocumentOperations operations, IEvent e, string child, string measure, int episode, DateTimeOffset startAt)
    {
        // No rule in force on the start date: the duty did not exist yet, so no clock starts (and a
        // correction moving the start before it removes the clock it had started).
        if (!_clocks.Rulebook.InForce(measure, UkTime.DateOf(startAt)))
        {
            Remove(operations, child, measure, episode);
            return;
        }
        var clock = _clocks.Start(measure, startAt);
        var columns = "child_id, measure, episode, unit, target, rule_id, start_at, start_date, due_date, start_recorded_at, last_event_sequence";
        var values = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";
        var parameters = new List<object>
        {
            child, measure, episode, TimescaleUnits.Name(clock.Rule.Unit), clock.Rule.Target, clock.Rule.RuleId,
            clock.StartAt.ToUniversalTime(), clock.StartDate, clock.DueDate, e.Timestamp.ToUniversalTime(), e.Sequence
        };
        if (clock.DueAt is { } dueAt)
        {
            columns += ", due_at";
            values += ", ?";
            parameters.Add(dueAt.ToUniversalTime());
        }
        operations.QueueSqlCommand($"""
            INSERT INTO {MeasureSchema.ClocksTable.QualifiedName} ({columns}) VALUES ({values})
            ON CONFLICT (child_id, measure, episode) DO UPDATE SET
              unit = excluded.unit, target = excluded.target, rule_id = excluded.rule_id,
              start_at = excluded.start_at, start_date = excluded.start_date,
              due_date = excluded.due_date + {MeasureSchema.ClocksTable.QualifiedName}.due_extension_days, due_at = excluded.due_at,
              last_event_sequence = excluded.last_event_sequence
            """, parameters.ToArray());
    }

    /// <summary>
    /// The first step to stop a clock stops it; a later one (a second assessment on the same
    /// referral, a new decision after an overturned one) leaves it, unless it corrects that first step.
    /// </summary>
    private static void Stop(IDocumentOperations operations, IEvent e, string child, string measure, int episode, DateTimeOffset actualAt, long stoppedBy) =>
        operations.QueueSqlCommand($"""
            UPDATE {MeasureSchema.ClocksTable.QualifiedName}
            SET actual_at = ?, actual_date = ?, stopped_by_version = ?, last_event_sequence = ?,
                actual_recorded_at = CASE WHEN stopped_by_version = ? THEN actual_recorded_at ELSE ? END
            WHERE child_id = ? AND measure = ? AND episode = ? AND (actual_at IS NULL OR stopped_by_version = ?)
            """, actualAt.ToUniversalTime(), UkTime.DateOf(actualAt), stoppedBy, e.Sequence, stoppedBy, e.Timestamp.ToUniversalTime(),
            child, measure, episode, stoppedBy);
}
