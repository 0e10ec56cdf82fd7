using Journey.Domain.Journeys;

namespace Journey.Domain.Families;

/// <summary>
/// The child was linked to a family or sibling group. KPIs count children, but a sibling group
/// moves a monthly figure by several points at once, so analysts look at families too.
/// </summary>
public sealed record FamilyLinked(string FamilyId, DateTimeOffset OccurredAt, string? Relationship) : IJourneyEvent;

/// <summary>The child left the family group (moved, or linked in error and corrected this way).</summary>
public sealed record FamilyUnlinked(string FamilyId, DateTimeOffset OccurredAt, string Reason) : IJourneyEvent;

/// <summary>Link the child to a family group (the authority's family or household id). One group at a time.</summary>
public sealed record LinkToFamily(DateTimeOffset? LinkedAt, string? FamilyId, string? Relationship = null, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(LinkedAt, now, "linkedAt").Required(FamilyId, "familyId", ChildId.MaxLength)
            .Require(FamilyId is null || ChildId.Check(FamilyId) is null, "familyId", "family-id-format",
                $"familyId must be 1 to {ChildId.MaxLength} letters, digits, '-' or '_', starting with a letter or digit.")
            .Require(journey.FamilyId is null, "familyId", "one-family-at-a-time",
                $"The child is in family {journey.FamilyId}; unlink it first.")
            .Require(Relationship is null || Relationship.Length <= 200, "relationship", "max-length", "relationship must be at most 200 characters.");
        return checks.Or(() => Decision.Accept(new FamilyLinked(FamilyId!, LinkedAt!.Value, Relationship)));
    }
}

public sealed record UnlinkFromFamily(DateTimeOffset? UnlinkedAt, string? Reason, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(UnlinkedAt, now, "unlinkedAt").Required(Reason, "reason")
            .Require(journey.FamilyId is not null, "unlinkedAt", "linked-to-a-family", "The child is not linked to a family.");
        return checks.Or(() => Decision.Accept(new FamilyUnlinked(journey.FamilyId!, UnlinkedAt!.Value, Reason!)));
    }
}
