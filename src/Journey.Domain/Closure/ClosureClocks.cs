using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.Timescales;

namespace Journey.Domain.Closure;

/// <summary>Closure's clocks (decision 116): it names no measure of its own, but a closed case owes no allocation it still awaited.</summary>
public static class ClosureClocks
{
    public static readonly CapabilityClocks Declaration = new([],
    [
        EventClocks.On<CaseClosed>(closed => [new OpenClocksNotDueFrom(FrontDoorClocks.Allocation, closed.OccurredAt)]),
    ]);
}
