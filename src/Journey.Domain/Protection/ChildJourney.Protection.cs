using Journey.Domain.Protection;

namespace Journey.Domain.Journeys;

/// <summary>
/// Child protection's part of the journey's fold (decision 113): strategy discussions, section 47 enquiries,
/// initial conferences (scheduled and held) and protection plans, started at a conference or transferred in.
/// </summary>
public sealed partial class ChildJourney
{
    public List<DiscussionState> StrategyDiscussions { get; set; } = [];
    public List<EnquiryState> Enquiries { get; set; } = [];
    public List<ConferenceState> Conferences { get; set; } = [];
    public List<PlanState> Plans { get; set; } = [];

    /// <summary>When each enquiry's initial conference was last scheduled.</summary>
    public Dictionary<int, DateTimeOffset> ConferencesScheduled { get; set; } = [];

    public EnquiryState? OpenEnquiry => Enquiries.LastOrDefault(e => e.ConcludedAt is null);

    /// <summary>
    /// The latest enquiry, when it concluded asking for a conference not yet held. An earlier
    /// enquiry's request lapses once a later enquiry starts: the later one decides.
    /// </summary>
    public EnquiryState? EnquiryAwaitingConference => Enquiries.LastOrDefault() is { Outcome: Section47Outcome.InitialConference } latest
                                                       && Conferences.All(c => c.EnquiryNumber != latest.Number)
        ? latest
        : null;

    public PlanState? OpenPlan => Plans.LastOrDefault(p => p.EndedAt is null);

    /// <summary>Protection plans start at a conference or by transfer in; both count.</summary>
    public int NextPlanNumber() => Facts.Count(f => f.Event is ProtectionPlanStarted or ProtectionPlanTransferredIn) + 1;

    internal void FoldProtection(IJourneyEvent e)
    {
        switch (e)
        {
            case StrategyDiscussionHeld x: StrategyDiscussions.Add(new DiscussionState(x.DiscussionNumber, x.OccurredAt, x.InitiatesSection47)); break;
            case Section47Started x: Enquiries.Add(new EnquiryState(x.EnquiryNumber, x.StrategyDiscussionNumber, x.OccurredAt, null, null)); break;
            case Section47Concluded x:
                Replace(Enquiries, q => q.Number == x.EnquiryNumber, q => q with { ConcludedAt = x.OccurredAt, Outcome = x.Outcome });
                break;
            case InitialConferenceScheduled x: ConferencesScheduled[x.EnquiryNumber] = x.OccurredAt; break;
            case InitialConferenceHeld x: Conferences.Add(new ConferenceState(x.ConferenceNumber, x.EnquiryNumber, x.OccurredAt, x.PlanRequired)); break;
            case ProtectionPlanStarted x: Plans.Add(new PlanState(x.PlanNumber, x.OccurredAt, x.Category, null)); break;
            case ProtectionPlanTransferredIn x: Plans.Add(new PlanState(x.PlanNumber, x.OccurredAt, x.Category, null)); break;
            case ProtectionCategoryChanged x: Replace(Plans, p => p.Number == x.PlanNumber, p => p with { Category = x.Category }); break;
            case ProtectionPlanEnded x: Replace(Plans, p => p.Number == x.PlanNumber, p => p with { EndedAt = x.OccurredAt }); break;
            case ProtectionPlanTransferredOut x: Replace(Plans, p => p.Number == x.PlanNumber, p => p with { EndedAt = x.OccurredAt }); break;
        }
    }
}

public sealed record DiscussionState(int Number, DateTimeOffset HeldAt, bool InitiatesSection47);
public sealed record EnquiryState(int Number, int StrategyDiscussionNumber, DateTimeOffset StartedAt, DateTimeOffset? ConcludedAt, Section47Outcome? Outcome);
public sealed record ConferenceState(int Number, int EnquiryNumber, DateTimeOffset HeldAt, bool PlanRequired);
public sealed record PlanState(int Number, DateTimeOffset StartedAt, string Category, DateTimeOffset? EndedAt);
