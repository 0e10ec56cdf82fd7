using Journey.Domain.ChildInNeed;

namespace Journey.Domain.Journeys;

/// <summary>Child in need's part of the journey's fold (decision 113): each child in need plan, open until ended.</summary>
public sealed partial class ChildJourney
{
    public List<ChildInNeedPlanState> ChildInNeedPlans { get; set; } = [];

    public ChildInNeedPlanState? OpenChildInNeedPlan => ChildInNeedPlans.LastOrDefault(p => p.EndedAt is null);

    internal void FoldChildInNeed(IJourneyEvent e)
    {
        switch (e)
        {
            case ChildInNeedPlanStarted x: ChildInNeedPlans.Add(new ChildInNeedPlanState(x.ChildInNeedPlanNumber, x.OccurredAt, null)); break;
            case ChildInNeedPlanEnded x:
                Replace(ChildInNeedPlans, p => p.Number == x.ChildInNeedPlanNumber, p => p with { EndedAt = x.OccurredAt });
                break;
        }
    }
}

public sealed record ChildInNeedPlanState(int Number, DateTimeOffset StartedAt, DateTimeOffset? EndedAt);
