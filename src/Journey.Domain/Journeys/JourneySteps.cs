namespace Journey.Domain.Journeys;

/// <summary>
/// A step a practitioner records: the event it appends, the command that decides it, and the
/// command field that says when it happened (what an import line's occurredAt fills in).
/// </summary>
public sealed record JourneyStep(Type Event, Type Command, string OccurredField, string Stage,
    IReadOnlyDictionary<string, string>? FieldRenames = null);

/// <summary>
/// Every recordable step, assembled from what each capability declares in its own folder (decision 114).
/// Events not listed here are appended only alongside another step (Section47Started with its strategy
/// discussion, ProtectionPlanStarted with its conference) or change earlier steps (EventCorrected,
/// EventWithdrawn): each capability names them as its companion events.
/// </summary>
public static class JourneySteps
{
    public static readonly IReadOnlyList<JourneyStep> All = JourneyCapabilities.All.SelectMany(c => c.Steps).ToArray();

    public static readonly IReadOnlyDictionary<string, JourneyStep> ByEventName = All.ToDictionary(s => s.Event.Name);
}
