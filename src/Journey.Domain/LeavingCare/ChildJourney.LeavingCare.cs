using Journey.Domain.LeavingCare;

namespace Journey.Domain.Journeys;

/// <summary>Leaving care's part of the journey's fold (decision 113): the personal adviser and the first pathway plan.</summary>
public sealed partial class ChildJourney
{
    public string? PersonalAdviser { get; set; }
    public DateTimeOffset? PathwayPlanCreatedAt { get; set; }
    public bool PathwayPlanCreated => PathwayPlanCreatedAt is not null;

    internal void FoldLeavingCare(IJourneyEvent e)
    {
        switch (e)
        {
            case PersonalAdviserAllocated x: PersonalAdviser = x.Adviser; break;
            case PathwayPlanRecorded { IsReview: false } x: PathwayPlanCreatedAt ??= x.OccurredAt; break;
        }
    }
}
