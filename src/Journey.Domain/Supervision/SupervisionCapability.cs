using Journey.Domain.Journeys;

namespace Journey.Domain.Supervision;

/// <summary>
/// Supervision: the steps this capability records and its part of the journey's fold (decision 114). It holds
/// supervision of the allocated worker; the journey keeps nothing of it for the rules.
/// Each step names its event, its command, the command field an import line's occurredAt fills, and its stage.
/// </summary>
public static class SupervisionCapability
{
    public static readonly JourneyCapability Declaration = new("Supervision",
        [
            new(typeof(SupervisionHeld), typeof(RecordSupervision), "heldAt", "Allocation"),
        ]);
}
