using Journey.Domain.Journeys;

namespace Journey.Domain.Closure;

/// <summary>
/// Closure: the steps this capability records, its part of the journey's fold and its clocks (decisions 114, 116). It holds closing
/// the case.
/// Each step names its event, its command, the command field an import line's occurredAt fills, and its stage.
/// </summary>
public static class ClosureCapability
{
    public static readonly JourneyCapability Declaration = new("Closure",
        [
            new(typeof(CaseClosed), typeof(CloseCase), "closedAt", "Closure"),
        ],
        (journey, e) => journey.FoldClosure(e),
        Clocks: ClosureClocks.Declaration);
}
