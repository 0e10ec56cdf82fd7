using Journey.Domain.Proceedings;

namespace Journey.Domain.Journeys;

/// <summary>Care proceedings' part of the journey's fold (decision 113): each set of proceedings, until its final order.</summary>
public sealed partial class ChildJourney
{
    public List<ProceedingsState> Proceedings { get; set; } = [];

    public ProceedingsState? OpenProceedings => Proceedings.LastOrDefault(p => p.FinalOrderAt is null);

    internal void FoldProceedings(IJourneyEvent e)
    {
        switch (e)
        {
            case CareProceedingsIssued x: Proceedings.Add(new ProceedingsState(x.ProceedingsNumber, x.OccurredAt, null)); break;
            case CourtHearingHeld x: TouchProceedings(x.ProceedingsNumber, x.OccurredAt); break;
            case InterimOrderMade x: TouchProceedings(x.ProceedingsNumber, x.OccurredAt); break;
            case ProceedingsExtended x: TouchProceedings(x.ProceedingsNumber, x.OccurredAt); break;
            case FinalOrderMade x: Replace(Proceedings, p => p.Number == x.ProceedingsNumber, p => p with { FinalOrderAt = x.OccurredAt }); break;
        }
    }

    private void TouchProceedings(int number, DateTimeOffset at) =>
        Replace(Proceedings, p => p.Number == number, p => p with { LastStepAt = Later(p.LastStepAt, at) });
}

public sealed record ProceedingsState(int Number, DateTimeOffset IssuedAt, DateTimeOffset? FinalOrderAt, DateTimeOffset? LastStepAt = null);
