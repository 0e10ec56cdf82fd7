using Journey.Domain.Journeys;

namespace Journey.Domain.Timescales;

/// <summary>
/// The measures Journey derives, by the names analysts filter on. Each is named, with what it times, by the
/// capability whose step it times, in that capability's clocks (decision 116: <c>FrontDoor/FrontDoorClocks.cs</c>,
/// <c>Protection/ProtectionClocks.cs</c>, ...); this list is assembled from them, capability by capability.
/// </summary>
public static class Measures
{
    public static readonly IReadOnlyList<string> All = [.. JourneyCapabilities.All.SelectMany(c => c.Clocks?.Measures ?? [])];
}
