using Journey.Domain.Assessments;
using Journey.Domain.FrontDoor;
using Journey.Domain.Protection;
using Journey.Domain.Timescales;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace Journey.Projections.Timeliness;

/// <summary>
/// Starts and stops each child's timeliness clocks in <c>journey.measure_clocks</c> as events are
/// appended. Runs inline: a practitioner's write and its measure rows commit in one transaction.
/// Each row is keyed by child, measure and episode (the contact, referral or enquiry number), and
/// every statement is an upsert, so replaying the events rebuilds the same rows.
/// </summary>
public sealed class TimelinessMeasuresProjection : EventProjection
{
    private readonly TimelinessClocks _clocks;

    public TimelinessMeasuresProjection(TimelinessClocks clocks)
    {
        _clocks = clocks;
        Name = "TimelinessMeasures";
        SchemaObjects.Add(Reference.ReferenceSchema.CalendarDays());
        SchemaObjects.Add(Reference.ReferenceSchema.TimescaleRules());
        SchemaObjects.Add(MeasureSchema.Clocks());
        SchemaObjects.Add(MeasureSchema.MeasuresAsAt());
        SchemaObjects.Add(MeasureSchema.MeasuresNow());
    }

    public override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        var child = e.StreamKey!;
        switch (e.Data)
        {
            case ContactReceived contact:
                Start(operations, e, child, Measures.FrontDoorDecision, contact.ContactNumber, contact.OccurredAt);
                Start(operations, e, child, Measures.ContactDecision24Hours, contact.ContactNumber, contact.OccurredAt);
                break;
            case FrontDoorDecisionMade decision:
                Stop(operations, e, child, Measures.FrontDoorDecision, decision.ContactNumber, decision.OccurredAt);
                Stop(operations, e, child, Measures.ContactDecision24Hours, decision.ContactNumber, decision.OccurredAt);
                break;
            case ReferralAccepted referral:
                Start(operations, e, child, Measures.Assessment, referral.ReferralNumber, referral.OccurredAt);
                break;
            case AssessmentAuthorised authorised:
                Stop(operations, e, child, Measures.Assessment, authorised.ReferralNumber, authorised.OccurredAt);
                break;
            case Section47Started enquiry:
                // The conference clock runs from the initiating strategy discussion, which is the enquiry's start.
                Start(operations, e, child, Measures.InitialConference, enquiry.EnquiryNumber, enquiry.OccurredAt);
                break;
            case Section47Concluded { Outcome: not Section47Outcome.InitialConference } concluded:
                // No conference was asked for, so no conference is due.
                operations.QueueSqlCommand(
                    $"DELETE FROM {MeasureSchema.ClocksTable.QualifiedName} WHERE child_id = ? AND measure = ? AND episode = ?",
                    child, Measures.InitialConference, concluded.EnquiryNumber);
                break;
            case InitialConferenceHeld conference:
                Stop(operations, e, child, Measures.InitialConference, conference.EnquiryNumber, conference.OccurredAt);
                break;
        }
        return ValueTask.CompletedTask;
    }

    private void Start(IDocumentOperations operations, IEvent e, string child, string measure, int episode, DateTimeOffset startAt)
    {
        var clock = _clocks.Start(measure, startAt);
        var columns = "child_id, measure, episode, unit, target, rule_id, start_at, start_date, due_date, last_event_sequence";
        var values = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?";
        var parameters = new List<object>
        {
            child, measure, episode, TimescaleUnits.Name(clock.Rule.Unit), clock.Rule.Target, clock.Rule.RuleId,
            clock.StartAt.ToUniversalTime(), clock.StartDate, clock.DueDate, e.Sequence
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
              due_date = excluded.due_date, due_at = excluded.due_at,
              last_event_sequence = excluded.last_event_sequence
            """, parameters.ToArray());
    }

    private static void Stop(IDocumentOperations operations, IEvent e, string child, string measure, int episode, DateTimeOffset actualAt) =>
        operations.QueueSqlCommand($"""
            UPDATE {MeasureSchema.ClocksTable.QualifiedName}
            SET actual_at = ?, actual_date = ?, last_event_sequence = ?
            WHERE child_id = ? AND measure = ? AND episode = ?
            """, actualAt.ToUniversalTime(), UkTime.DateOf(actualAt), e.Sequence, child, measure, episode);
}
