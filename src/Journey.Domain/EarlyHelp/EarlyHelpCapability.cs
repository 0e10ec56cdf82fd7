using Journey.Domain.Journeys;

namespace Journey.Domain.EarlyHelp;

/// <summary>
/// Early help: the steps this capability records and its part of the journey's fold (decision 114). It holds early
/// help, its plan and reviews, stepping up and down.
/// Each step names its event, its command, the command field an import line's occurredAt fills, and its stage.
/// </summary>
public static class EarlyHelpCapability
{
    public static readonly JourneyCapability Declaration = new("Early help",
        [
            new(typeof(EarlyHelpStarted), typeof(StartEarlyHelp), "startedAt", "Early help"),
            new(typeof(EarlyHelpPlanAgreed), typeof(AgreeEarlyHelpPlan), "agreedAt", "Early help"),
            new(typeof(EarlyHelpReviewed), typeof(ReviewEarlyHelp), "reviewedAt", "Early help"),
            new(typeof(StepUpDecided), typeof(DecideStepUp), "decidedAt", "Early help"),
            new(typeof(SteppedDownToEarlyHelp), typeof(StepDownToEarlyHelp), "steppedDownAt", "Early help"),
            new(typeof(EarlyHelpClosed), typeof(CloseEarlyHelp), "closedAt", "Early help"),
        ],
        (journey, e) => journey.FoldEarlyHelp(e));
}
