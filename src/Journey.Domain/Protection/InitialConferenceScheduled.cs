using System.ComponentModel.DataAnnotations;
using Journey.Domain.Journeys;

namespace Journey.Domain.Protection;

/// <summary>
/// An initial conference was scheduled, or rescheduled (with who approved the new date), for the
/// enquiry awaiting one.
/// </summary>
public sealed record InitialConferenceScheduled(int EnquiryNumber, DateTimeOffset OccurredAt, DateTimeOffset ScheduledFor, string? RescheduleApprovedBy) : IJourneyEvent;

public sealed record ScheduleInitialConference(DateTimeOffset? ScheduledAt, DateTimeOffset? ScheduledFor,
    [property: MaxLength(FieldLimits.Name)] string? RescheduleApprovedBy = null, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var enquiry = journey.EnquiryAwaitingConference;
        var checks = new Checks().NotInFuture(ScheduledAt, now, "scheduledAt").Required(ScheduledFor, "scheduledFor")
            .Require(enquiry is not null, "scheduledAt", "conference-needs-section-47-asking-for-one",
                "An initial conference is scheduled for a section 47 enquiry that concluded asking for one.")
            .Require(ScheduledFor is null || ScheduledAt is null || ScheduledFor >= ScheduledAt, "scheduledFor", "scheduled-ahead", "A conference is scheduled for a later time.")
            .AheadWithinAYear(ScheduledFor, ScheduledAt, "scheduledFor", "it was scheduled");
        var rescheduling = enquiry is not null && journey.ConferencesScheduled.ContainsKey(enquiry.Number);
        if (enquiry is not null && journey.ConferencesScheduled.TryGetValue(enquiry.Number, out var lastScheduled))
            checks.NotBefore(ScheduledAt, lastScheduled, "scheduledAt", "after-the-last-scheduling", "the conference was last scheduled");
        checks.Require(!rescheduling || !string.IsNullOrWhiteSpace(RescheduleApprovedBy), "rescheduleApprovedBy", "reschedule-needs-approval",
                "Rescheduling an initial conference needs the approving manager.")
            .Require(rescheduling || RescheduleApprovedBy is null, "rescheduleApprovedBy", "approval-only-when-rescheduling",
                "rescheduleApprovedBy is given only when rescheduling.");
        if (enquiry?.ConcludedAt is { } concluded)
            checks.NotBefore(ScheduledAt, concluded, "scheduledAt", "scheduled-after-conclusion", $"section 47 enquiry {enquiry.Number} concluded");
        return checks.Or(() => Decision.Accept(new InitialConferenceScheduled(enquiry!.Number, ScheduledAt!.Value, ScheduledFor!.Value, RescheduleApprovedBy)));
    }
}
