using Journey.Domain.Journeys;
using Journey.Domain.Reference;

namespace Journey.Domain.Closure;

/// <summary>The child's case was closed; <see cref="Reason"/> is a CIN census closure reason (RC1..RC9).</summary>
public sealed record CaseClosed(DateTimeOffset OccurredAt, string Reason) : IJourneyEvent;

/// <summary>
/// Close the case. Nothing may be left open: a protection or child in need plan, a section 47
/// enquiry, an assessment, a period of care, pre-proceedings or care proceedings. After closure,
/// work needs a new referral.
/// </summary>
public sealed record CloseCase(DateTimeOffset? ClosedAt, string? Reason, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(ClosedAt, now, "closedAt")
            .Require(CodeLists.Default.Contains(CodeLists.CinClosureReason, Reason), "reason", "cin-closure-reason",
                "reason must be a CIN census closure reason (RC1..RC9).")
            .Require(journey.Referrals.Count > 0, "closedAt", "closure-needs-referral", "Only a case opened by a referral can be closed.")
            .CaseOpen(journey, ClosedAt, "closedAt")
            .Require(journey.OpenPlan is null, "closedAt", "nothing-left-open", $"Child protection plan {journey.OpenPlan?.Number} is still open.")
            .Require(journey.OpenChildInNeedPlan is null, "closedAt", "nothing-left-open", $"Child in need plan {journey.OpenChildInNeedPlan?.Number} is still open.")
            .Require(journey.OpenEnquiry is null, "closedAt", "nothing-left-open", $"Section 47 enquiry {journey.OpenEnquiry?.Number} is still open.")
            .Require(journey.Assessments.All(a => a.AuthorisedAt is not null), "closedAt", "nothing-left-open", "An assessment is still in progress.")
            .Require(journey.OpenCareEpisode is null, "closedAt", "nothing-left-open", "The child is still looked after.")
            .Require(journey.OpenPreProceedings is null, "closedAt", "nothing-left-open", "Pre-proceedings are still open.")
            .Require(journey.OpenProceedings is null, "closedAt", "nothing-left-open", "Care proceedings are still under way.");
        // What was open must have ended by the closure's date, not only by now.
        var lastEnded = new[]
        {
            journey.Plans.Max(p => p.EndedAt), journey.ChildInNeedPlans.Max(p => p.EndedAt),
            journey.Enquiries.Max(q => q.ConcludedAt), journey.Assessments.Max(a => a.AuthorisedAt),
            journey.CareEpisodes.Max(c => c.LeftAt), journey.PreProceedings.Max(p => p.ConcludedAt), journey.Proceedings.Max(p => p.FinalOrderAt),
        }.Max();
        if (lastEnded is { } ended)
            checks.NotBefore(ClosedAt, ended, "closedAt", "nothing-left-open", "the last plan, enquiry or assessment ended");
        var referral = journey.Referrals.LastOrDefault();
        if (referral is not null)
            checks.NotBefore(ClosedAt, referral.AcceptedAt, "closedAt", "closure-after-referral", $"referral {referral.Number} was accepted");
        return checks.Or(() => Decision.Accept(new CaseClosed(ClosedAt!.Value, Reason!)));
    }
}
