using Journey.Domain.EarlyHelp;

namespace Journey.Domain.Journeys;

/// <summary>Early help's part of the journey's fold (decision 113): each episode of early help, its lead organisation and plan.</summary>
public sealed partial class ChildJourney
{
    public List<EarlyHelpState> EarlyHelp { get; set; } = [];

    public EarlyHelpState? OpenEarlyHelp => EarlyHelp.LastOrDefault(e => e.ClosedAt is null);

    internal void FoldEarlyHelp(IJourneyEvent e)
    {
        switch (e)
        {
            case EarlyHelpStarted x: EarlyHelp.Add(new EarlyHelpState(x.EarlyHelpNumber, x.OccurredAt, null, Organisation: x.Organisation)); break;
            case EarlyHelpPlanAgreed x:
                Replace(EarlyHelp, h => h.Number == x.EarlyHelpNumber, h => h with
                {
                    LastStepAt = Later(h.LastStepAt, x.OccurredAt),
                    PlanAgreedAt = h.PlanAgreedAt ?? x.OccurredAt,
                });
                break;
            case EarlyHelpReviewed x: TouchEarlyHelp(x.EarlyHelpNumber, x.OccurredAt); break;
            case StepUpDecided x: TouchEarlyHelp(x.EarlyHelpNumber, x.OccurredAt); break;
            case EarlyHelpClosed x: Replace(EarlyHelp, h => h.Number == x.EarlyHelpNumber, h => h with { ClosedAt = x.OccurredAt }); break;
        }
    }

    private void TouchEarlyHelp(int number, DateTimeOffset at) =>
        Replace(EarlyHelp, h => h.Number == number, h => h with { LastStepAt = Later(h.LastStepAt, at) });
}

public sealed record EarlyHelpState(int Number, DateTimeOffset StartedAt, DateTimeOffset? ClosedAt, DateTimeOffset? LastStepAt = null,
    string? Organisation = null, DateTimeOffset? PlanAgreedAt = null);
