namespace Journey.Domain.Journeys;

/// <summary>
/// Every event type a child's journey can hold, assembled from what each capability declares (decision 114), in
/// name order. Marten registers them (its alias for each is made from the type's name) and corrections write them
/// under "$type" with the type's name: a stored stream stays readable while the names stay as they are.
/// </summary>
public static class JourneyEventTypes
{
    public static readonly IReadOnlyList<Type> All = JourneyCapabilities.All.SelectMany(c => c.Events).OrderBy(t => t.Name).ToArray();

    public static readonly IReadOnlyDictionary<string, Type> ByName = All.ToDictionary(t => t.Name);
}
