using System.ComponentModel.DataAnnotations;
using Journey.Domain.Journeys;

namespace Journey.Domain.EarlyHelp;

public enum EarlyHelpClosure { NeedsMet, SteppedUp, Disengaged, MovedAway, Other }

/// <summary>
/// Early help began: an early help assessment with a lead professional, and the organisation completing
/// the assessment (Ofsted Annex A list 2), optional for early help recorded before it was asked (decision 79).
/// </summary>
public sealed record EarlyHelpStarted(int EarlyHelpNumber, DateTimeOffset OccurredAt, string LeadProfessional, string? Organisation = null) : IJourneyEvent;

public sealed record EarlyHelpPlanAgreed(int EarlyHelpNumber, DateTimeOffset OccurredAt) : IJourneyEvent;

public sealed record EarlyHelpReviewed(int EarlyHelpNumber, DateTimeOffset OccurredAt) : IJourneyEvent;

/// <summary>A request to step the child up from early help to social care was accepted or refused, with the reason.</summary>
public sealed record StepUpDecided(int EarlyHelpNumber, DateTimeOffset OccurredAt, bool Accepted, string Reason) : IJourneyEvent;

/// <summary>Social care stepped the child down to early help, with a plan.</summary>
public sealed record SteppedDownToEarlyHelp(DateTimeOffset OccurredAt, string Plan) : IJourneyEvent;

public sealed record EarlyHelpClosed(int EarlyHelpNumber, DateTimeOffset OccurredAt, EarlyHelpClosure Outcome) : IJourneyEvent;

internal static class EarlyHelpChecks
{
    public static EarlyHelpState? Open(ChildJourney journey, DateTimeOffset? at, string field, Checks checks, string what) =>
        checks.WithinOpen(journey.OpenEarlyHelp, e => e.StartedAt, at, field, "needs-open-early-help",
            $"A {what} needs open early help.", "within-early-help", "early help started");
}

public sealed record StartEarlyHelp(
    DateTimeOffset? StartedAt,
    string? LeadProfessional,
    long? ExpectedVersion = null,
    [property: MaxLength(FieldLimits.Name)] string? Organisation = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(StartedAt, now, "startedAt").Required(LeadProfessional, "leadProfessional", 200)
            .Require(journey.OpenEarlyHelp is null, "startedAt", "one-open-early-help", "Early help is already open.")
            .Require(StartedAt is null || journey.EarlyHelp.All(e => e.ClosedAt is null || StartedAt >= e.ClosedAt), "startedAt",
                "one-open-early-help", "That date falls before earlier early help closed.");
        return checks.Or(() => Decision.Accept(new EarlyHelpStarted(journey.NextNumber<EarlyHelpStarted>(), StartedAt!.Value, LeadProfessional!, Organisation)));
    }
}

public sealed record AgreeEarlyHelpPlan(DateTimeOffset? AgreedAt, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(AgreedAt, now, "agreedAt");
        var episode = EarlyHelpChecks.Open(journey, AgreedAt, "agreedAt", checks, "plan");
        return checks.Or(() => Decision.Accept(new EarlyHelpPlanAgreed(episode!.Number, AgreedAt!.Value)));
    }
}

public sealed record ReviewEarlyHelp(DateTimeOffset? ReviewedAt, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(ReviewedAt, now, "reviewedAt");
        var episode = EarlyHelpChecks.Open(journey, ReviewedAt, "reviewedAt", checks, "review");
        return checks.Or(() => Decision.Accept(new EarlyHelpReviewed(episode!.Number, ReviewedAt!.Value)));
    }
}

public sealed record DecideStepUp(DateTimeOffset? DecidedAt, bool? Accepted, string? Reason, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(DecidedAt, now, "decidedAt").Required(Accepted, "accepted").Required(Reason, "reason");
        var episode = EarlyHelpChecks.Open(journey, DecidedAt, "decidedAt", checks, "step-up decision");
        return checks.Or(() => Decision.Accept(new StepUpDecided(episode!.Number, DecidedAt!.Value, Accepted!.Value, Reason!)));
    }
}

public sealed record StepDownToEarlyHelp(DateTimeOffset? SteppedDownAt, string? Plan, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(SteppedDownAt, now, "steppedDownAt").Required(Plan, "plan")
            .Require(journey.Referrals.Count > 0, "steppedDownAt", "step-down-needs-social-care", "Stepping down follows social care involvement (a referral).")
            .Require(journey.OpenPlan is null, "steppedDownAt", "no-step-down-during-protection-plan", "A child on a protection plan is not stepped down to early help.")
            .Require(SteppedDownAt is null || !journey.Plans.Any(p => p.StartedAt <= SteppedDownAt && SteppedDownAt < p.EndedAt), "steppedDownAt",
                "no-step-down-during-protection-plan", "That date falls within a child protection plan.");
        if (journey.Referrals.FirstOrDefault() is { } referral)
            checks.NotBefore(SteppedDownAt, referral.AcceptedAt, "steppedDownAt", "step-down-after-referral", "social care's first referral");
        return checks.Or(() => Decision.Accept(new SteppedDownToEarlyHelp(SteppedDownAt!.Value, Plan!)));
    }
}

public sealed record CloseEarlyHelp(DateTimeOffset? ClosedAt, EarlyHelpClosure? Outcome, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(ClosedAt, now, "closedAt").OneOf(Outcome, "outcome");
        var episode = EarlyHelpChecks.Open(journey, ClosedAt, "closedAt", checks, "closure");
        if (episode?.LastStepAt is { } last) checks.NotBefore(ClosedAt, last, "closedAt", "after-the-last-step", "the last step of this early help");
        return checks.Or(() => Decision.Accept(new EarlyHelpClosed(episode!.Number, ClosedAt!.Value, Outcome!.Value)));
    }
}
