using Journey.Domain.Journeys;

namespace Journey.Domain.Families;

/// <summary>
/// Families: the steps this capability records and its part of the journey's fold (decision 114). It holds linking
/// the child to a family or sibling group.
/// Each step names its event, its command, the command field an import line's occurredAt fills, and its stage.
/// </summary>
public static class FamiliesCapability
{
    public static readonly JourneyCapability Declaration = new("Families",
        [
            new(typeof(FamilyLinked), typeof(LinkToFamily), "linkedAt", "Families"),
            new(typeof(FamilyUnlinked), typeof(UnlinkFromFamily), "unlinkedAt", "Families"),
        ],
        (journey, e) => journey.FoldFamilies(e));
}
