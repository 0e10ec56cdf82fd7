using Journey.Domain.PreProceedings;

namespace Journey.Domain.Journeys;

/// <summary>
/// Pre-proceedings' part of the journey's fold (decision 113): each time in pre-proceedings, its letter, family group
/// conference offer and initial meeting, and the latest step within it.
/// </summary>
public sealed partial class ChildJourney
{
    public List<PreProceedingsState> PreProceedings { get; set; } = [];

    public PreProceedingsState? OpenPreProceedings => PreProceedings.LastOrDefault(p => p.ConcludedAt is null);

    internal void FoldPreProceedings(IJourneyEvent e)
    {
        switch (e)
        {
            case PreProceedingsEntered x: PreProceedings.Add(new PreProceedingsState(x.PreProceedingsNumber, x.OccurredAt, null, null, null, null)); break;
            case LetterBeforeProceedingsSent x:
                Replace(PreProceedings, p => p.Number == x.PreProceedingsNumber, p => p with { LetterSentAt = x.OccurredAt, LastStepAt = Later(p.LastStepAt, x.OccurredAt) });
                break;
            case FamilyGroupConferenceOffered x:
                Replace(PreProceedings, p => p.Number == x.PreProceedingsNumber,
                    p => p with { FamilyGroupConferenceOfferedAt = p.FamilyGroupConferenceOfferedAt ?? x.OccurredAt, LastStepAt = Later(p.LastStepAt, x.OccurredAt) });
                break;
            case PreProceedingsMeetingHeld { IsInitial: true } x:
                Replace(PreProceedings, p => p.Number == x.PreProceedingsNumber, p => p with { InitialMeetingAt = x.OccurredAt, LastStepAt = Later(p.LastStepAt, x.OccurredAt) });
                break;
            case PreProceedingsMeetingHeld x: TouchPreProceedings(x.PreProceedingsNumber, x.OccurredAt); break;
            case FamilyGroupConferenceHeld x: TouchPreProceedings(x.PreProceedingsNumber, x.OccurredAt); break;
            case PreProceedingsAssessmentCommissioned x: TouchPreProceedings(x.PreProceedingsNumber, x.OccurredAt); break;
            case PreProceedingsEscalated x: TouchPreProceedings(x.PreProceedingsNumber, x.OccurredAt); break;
            case PreProceedingsConcluded x: Replace(PreProceedings, p => p.Number == x.PreProceedingsNumber, p => p with { ConcludedAt = x.OccurredAt }); break;
        }
    }

    private void TouchPreProceedings(int number, DateTimeOffset at) =>
        Replace(PreProceedings, p => p.Number == number, p => p with { LastStepAt = Later(p.LastStepAt, at) });
}

public sealed record PreProceedingsState(int Number, DateTimeOffset EnteredAt, DateTimeOffset? LetterSentAt, DateTimeOffset? FamilyGroupConferenceOfferedAt,
    DateTimeOffset? InitialMeetingAt, DateTimeOffset? ConcludedAt, DateTimeOffset? LastStepAt = null)
{
    public bool LetterSent => LetterSentAt is not null;
}
