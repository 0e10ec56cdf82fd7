using Journey.Domain.Families;

namespace Journey.Domain.Journeys;

/// <summary>Families' part of the journey's fold (decision 113): the family or sibling group the child is linked to.</summary>
public sealed partial class ChildJourney
{
    /// <summary>The family or sibling group the child is linked to, if any.</summary>
    public string? FamilyId { get; set; }

    internal void FoldFamilies(IJourneyEvent e)
    {
        switch (e)
        {
            case FamilyLinked x: FamilyId = x.FamilyId; break;
            case FamilyUnlinked: FamilyId = null; break;
        }
    }
}
