using Journey.Domain.Permanence;

namespace Journey.Domain.Journeys;

/// <summary>
/// Permanence's part of the journey's fold (decision 113): care and permanence plans, reviews not held and care
/// orders discharged (steps within a period of care), and each adoption decision with the steps that followed it
/// (SSDA903 AD1 and placed_for_adoption; Annex A list 10).
/// </summary>
public sealed partial class ChildJourney
{
    /// <summary>Each adoption step taken, with when.</summary>
    public Dictionary<AdoptionStep, DateTimeOffset> AdoptionSteps { get; set; } = [];

    /// <summary>
    /// Each decision that the child should be placed for adoption, with the steps that followed it and its
    /// reversal if reversed (SSDA903 AD1 and placed_for_adoption; Annex A list 10).
    /// </summary>
    public List<AdoptionDecisionState> AdoptionDecisions { get; set; } = [];

    internal void FoldPermanence(IJourneyEvent e)
    {
        switch (e)
        {
            case CarePlanRecorded x: TouchCare(x.CareEpisodeNumber, x.OccurredAt); break;
            case PermanencePlanMade x: TouchCare(x.CareEpisodeNumber, x.OccurredAt); break;
            case LookedAfterReviewNotHeld x: TouchCare(x.CareEpisodeNumber, x.OccurredAt); break;
            case CareOrderDischarged x:
                Replace(CareEpisodes, c => c.Number == x.CareEpisodeNumber, c => Touched(c, x.OccurredAt) with { CareOrderDischargedAt = x.OccurredAt });
                break;
            case AdoptionStepTaken x:
                AdoptionSteps[x.Step] = x.OccurredAt;
                if (!AdoptionStepOrder.FollowsTheOrder(x.Step)) TouchCare(x.CareEpisodeNumber, x.OccurredAt);
                FoldAdoptionStep(x);
                break;
            case AdoptionDecisionReversed x:
                Replace(AdoptionDecisions, d => d.ReversedAt is null, d => d with { ReversedAt = x.OccurredAt, ReversalReason = x.Reason });
                // A later decision starts the steps again (each once per decision); the reversed ones stay in AdoptionDecisions.
                AdoptionSteps.Clear();
                TouchCare(x.CareEpisodeNumber, x.OccurredAt);
                break;
        }
    }

    private void FoldAdoptionStep(AdoptionStepTaken x)
    {
        if (x.Step == AdoptionStep.DecisionMakerAgreed)
        {
            AdoptionDecisions.Add(new AdoptionDecisionState(x.CareEpisodeNumber, x.OccurredAt));
            return;
        }
        Replace(AdoptionDecisions, d => d.ReversedAt is null, d => x.Step switch
        {
            AdoptionStep.PlacementOrderMade => d with { PlacementOrderAt = x.OccurredAt },
            AdoptionStep.Matched => d with { MatchedAt = x.OccurredAt, Adopters = x.Adopters },
            AdoptionStep.Placed => d with { PlacedAt = x.OccurredAt },
            AdoptionStep.AdoptionOrderMade => d with { AdoptedAt = x.OccurredAt },
            _ => d,
        });
    }
}

/// <summary>A decision that the child should be placed for adoption and what followed it.</summary>
public sealed record AdoptionDecisionState(int CareEpisodeNumber, DateTimeOffset DecidedAt, DateTimeOffset? PlacementOrderAt = null,
    DateTimeOffset? MatchedAt = null, Adopters? Adopters = null, DateTimeOffset? PlacedAt = null, DateTimeOffset? AdoptedAt = null,
    DateTimeOffset? ReversedAt = null, string? ReversalReason = null);
