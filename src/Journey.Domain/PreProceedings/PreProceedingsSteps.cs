using Journey.Domain.Journeys;
using Journey.Domain.Timescales;

namespace Journey.Domain.PreProceedings;

public enum PreProceedingsOutcome { SteppedDown, IssueProceedings }

/// <summary>A legal planning meeting decided to enter pre-proceedings under the Public Law Outline.</summary>
public sealed record PreProceedingsEntered(int PreProceedingsNumber, DateTimeOffset OccurredAt) : IJourneyEvent;

public sealed record LetterBeforeProceedingsSent(int PreProceedingsNumber, DateTimeOffset OccurredAt) : IJourneyEvent;

/// <summary>Family group decision-making was offered (CIN census FGDMMeetingOffer).</summary>
public sealed record FamilyGroupConferenceOffered(int PreProceedingsNumber, DateTimeOffset OccurredAt) : IJourneyEvent;

/// <summary>A family group conference took place (CIN census FGDMMeetingFac).</summary>
public sealed record FamilyGroupConferenceHeld(int PreProceedingsNumber, DateTimeOffset OccurredAt) : IJourneyEvent;

/// <summary>A pre-proceedings meeting with the family: the initial one, then reviews.</summary>
public sealed record PreProceedingsMeetingHeld(int PreProceedingsNumber, DateTimeOffset OccurredAt, bool IsInitial) : IJourneyEvent;

/// <summary>An assessment commissioned during pre-proceedings, with the date it is due.</summary>
public sealed record PreProceedingsAssessmentCommissioned(int PreProceedingsNumber, DateTimeOffset OccurredAt, string Assessment, DateOnly DueOn) : IJourneyEvent;

/// <summary>Pre-proceedings were escalated (to senior management or the legal gateway), with the reason.</summary>
public sealed record PreProceedingsEscalated(int PreProceedingsNumber, DateTimeOffset OccurredAt, string Reason) : IJourneyEvent;

/// <summary>Pre-proceedings ended: stepped down, or a decision to issue care proceedings.</summary>
public sealed record PreProceedingsConcluded(int PreProceedingsNumber, DateTimeOffset OccurredAt, PreProceedingsOutcome Outcome) : IJourneyEvent;

internal static class PreProceedingsChecks
{
    public static PreProceedingsState? Open(ChildJourney journey, DateTimeOffset? at, string field, Checks checks, string what) =>
        checks.WithinOpen(journey.OpenPreProceedings, p => p.EnteredAt, at, field, "needs-open-pre-proceedings",
            $"A {what} needs open pre-proceedings.", "within-pre-proceedings", "pre-proceedings began");
}

public sealed record EnterPreProceedings(DateTimeOffset? DecidedAt, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(DecidedAt, now, "decidedAt")
            .Require(journey.Referrals.Count > 0, "decidedAt", "pre-proceedings-needs-referral", "Pre-proceedings follow social care involvement (a referral).")
            .Require(journey.OpenPreProceedings is null, "decidedAt", "one-open-pre-proceedings", "Pre-proceedings are already open.")
            .Require(DecidedAt is null || journey.PreProceedings.All(p => p.ConcludedAt is null || DecidedAt >= p.ConcludedAt), "decidedAt",
                "one-open-pre-proceedings", "That date falls before earlier pre-proceedings concluded.")
            .CaseOpen(journey, DecidedAt, "decidedAt");
        if (journey.Referrals.FirstOrDefault() is { } referral)
            checks.NotBefore(DecidedAt, referral.AcceptedAt, "decidedAt", "pre-proceedings-after-referral", "social care's first referral");
        return checks.Or(() => Decision.Accept(new PreProceedingsEntered(journey.NextNumber<PreProceedingsEntered>(), DecidedAt!.Value)));
    }
}

public sealed record SendLetterBeforeProceedings(DateTimeOffset? SentAt, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(SentAt, now, "sentAt");
        var plo = PreProceedingsChecks.Open(journey, SentAt, "sentAt", checks, "letter before proceedings");
        checks.Require(plo is null || !plo.LetterSent, "sentAt", "one-letter-before-proceedings", "The letter before proceedings has been sent.");
        return checks.Or(() => Decision.Accept(new LetterBeforeProceedingsSent(plo!.Number, SentAt!.Value)));
    }
}

public sealed record OfferFamilyGroupConference(DateTimeOffset? OfferedAt, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(OfferedAt, now, "offeredAt");
        var plo = PreProceedingsChecks.Open(journey, OfferedAt, "offeredAt", checks, "family group conference offer");
        return checks.Or(() => Decision.Accept(new FamilyGroupConferenceOffered(plo!.Number, OfferedAt!.Value)));
    }
}

public sealed record HoldFamilyGroupConference(DateTimeOffset? HeldAt, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(HeldAt, now, "heldAt");
        var plo = PreProceedingsChecks.Open(journey, HeldAt, "heldAt", checks, "family group conference");
        checks.Require(plo is null || plo.FamilyGroupConferenceOfferedAt is not null, "heldAt", "conference-needs-offer",
            "Record the offer of a family group conference first.");
        if (plo?.FamilyGroupConferenceOfferedAt is { } offered)
            checks.NotBefore(HeldAt, offered, "heldAt", "held-after-offer", "it was offered");
        return checks.Or(() => Decision.Accept(new FamilyGroupConferenceHeld(plo!.Number, HeldAt!.Value)));
    }
}

public sealed record HoldPreProceedingsMeeting(DateTimeOffset? HeldAt, bool? IsInitial, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(HeldAt, now, "heldAt").Required(IsInitial, "isInitial");
        var plo = PreProceedingsChecks.Open(journey, HeldAt, "heldAt", checks, "pre-proceedings meeting");
        checks.Require(IsInitial != true || plo is null || plo.InitialMeetingAt is null, "isInitial", "one-initial-meeting", "The initial meeting has been held.")
            .Require(IsInitial != false || plo is null || plo.InitialMeetingAt is not null, "isInitial", "review-after-initial-meeting",
                "A review meeting follows the initial meeting.");
        if (IsInitial == true && plo is not null)
        {
            checks.Require(plo.LetterSent, "heldAt", "meeting-after-letter", "The initial meeting follows the letter before proceedings.");
            if (plo.LetterSentAt is { } sent && HeldAt >= plo.EnteredAt)
                checks.NotBefore(HeldAt, sent, "heldAt", "meeting-after-letter", "the letter was sent");
        }
        if (IsInitial == false && plo?.InitialMeetingAt is { } initial)
            checks.NotBefore(HeldAt, initial, "heldAt", "review-after-initial-meeting", "the initial meeting was held");
        return checks.Or(() => Decision.Accept(new PreProceedingsMeetingHeld(plo!.Number, HeldAt!.Value, IsInitial!.Value)));
    }
}

public sealed record CommissionPreProceedingsAssessment(DateTimeOffset? CommissionedAt, string? Assessment, DateOnly? DueOn, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(CommissionedAt, now, "commissionedAt").Required(Assessment, "assessment", 200).Required(DueOn, "dueOn")
            .Require(DueOn is null || CommissionedAt is null || DueOn >= UkTime.DateOf(CommissionedAt.Value), "dueOn",
                "due-after-commissioned", "dueOn cannot be before the assessment was commissioned.")
            .Require(DueOn is null || CommissionedAt is null || DueOn.Value.DayNumber - UkTime.DateOf(CommissionedAt.Value).DayNumber <= Checks.LongestLeadTime.Days, "dueOn",
                "within-a-year", "dueOn is more than a year after the assessment was commissioned.");
        var plo = PreProceedingsChecks.Open(journey, CommissionedAt, "commissionedAt", checks, "commissioned assessment");
        return checks.Or(() => Decision.Accept(new PreProceedingsAssessmentCommissioned(plo!.Number, CommissionedAt!.Value, Assessment!, DueOn!.Value)));
    }
}

public sealed record EscalatePreProceedings(DateTimeOffset? EscalatedAt, string? Reason, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(EscalatedAt, now, "escalatedAt").Required(Reason, "reason");
        var plo = PreProceedingsChecks.Open(journey, EscalatedAt, "escalatedAt", checks, "escalation");
        return checks.Or(() => Decision.Accept(new PreProceedingsEscalated(plo!.Number, EscalatedAt!.Value, Reason!)));
    }
}

public sealed record ConcludePreProceedings(DateTimeOffset? ConcludedAt, PreProceedingsOutcome? Outcome, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(ConcludedAt, now, "concludedAt").OneOf(Outcome, "outcome");
        var plo = PreProceedingsChecks.Open(journey, ConcludedAt, "concludedAt", checks, "conclusion");
        if (plo?.LastStepAt is { } last) checks.NotBefore(ConcludedAt, last, "concludedAt", "after-the-last-step", "the last step of these pre-proceedings");
        return checks.Or(() => Decision.Accept(new PreProceedingsConcluded(plo!.Number, ConcludedAt!.Value, Outcome!.Value)));
    }
}
