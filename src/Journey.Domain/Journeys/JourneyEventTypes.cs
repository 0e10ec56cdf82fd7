namespace Journey.Domain.Journeys;

/// <summary>Every event type a child's journey can hold, found once by reflection over this assembly.</summary>
public static class JourneyEventTypes
{
    public static readonly IReadOnlyList<Type> All = typeof(IJourneyEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IJourneyEvent).IsAssignableFrom(t))
        .OrderBy(t => t.Name)
        .ToArray();

    public static readonly IReadOnlyDictionary<string, Type> ByName = All.ToDictionary(t => t.Name);
}
