namespace Journey.Domain.Journeys;

/// <summary>
/// What one capability of the journey (front door, assessment, protection, ...) declares in its own folder
/// (decision 114): the steps a practitioner records there, the events it appends only alongside another step,
/// its part of the journey's fold (decision 113) and its clocks (decision 116). The central lists are assembled from these.
/// </summary>
/// <param name="Name">The capability, as its folder names it.</param>
/// <param name="Steps">Each step recorded by a command of this capability.</param>
/// <param name="Fold">Its part of the journey's fold; null when the journey keeps nothing of its steps.</param>
/// <param name="CompanionEvents">Events no command records directly: appended with another step, or changing earlier ones.</param>
/// <param name="Clocks">The measures it names and what its events do to the clocks; null when its events move none.</param>
public sealed record JourneyCapability(string Name, IReadOnlyList<JourneyStep> Steps, Action<ChildJourney, IJourneyEvent>? Fold = null,
    IReadOnlyList<Type>? CompanionEvents = null, CapabilityClocks? Clocks = null)
{
    /// <summary>Every event type this capability appends.</summary>
    public IEnumerable<Type> Events => Steps.Select(s => s.Event).Concat(CompanionEvents ?? []);
}
