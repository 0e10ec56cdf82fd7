using Journey.Domain.Journeys;
using Journey.Domain.Returns;

namespace Journey.Domain.LookedAfter;

/// <summary>
/// The child's status as an unaccompanied asylum-seeking child ceased (SSDA903 UASC table, DUC: the date
/// UASC status ceased), for a child who entered care as one (<see cref="EnteredCare.Uasc"/>).
/// </summary>
public sealed record UascStatusCeased(DateTimeOffset OccurredAt) : IJourneyEvent;

public sealed record EndUascStatus(DateTimeOffset? CeasedAt, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var since = journey.UascSince;
        var checks = new Checks().NotInFuture(CeasedAt, now, "ceasedAt")
            .Require(since is not null, "ceasedAt", "needs-uasc-status", "The child has not entered care as an unaccompanied asylum-seeking child.")
            .Require(journey.UascStatusCeasedAt is null, "ceasedAt", "uasc-status-ceases-once",
                $"UASC status already ceased on {journey.UascStatusCeasedAt:yyyy-MM-dd}.");
        if (since is { } entered)
            checks.NotBefore(CeasedAt, entered, "ceasedAt", "ceased-after-uasc-status", "the child entered care as an unaccompanied asylum-seeking child");
        return EntryRules.Judge(journey, checks.Or(() => Decision.Accept(new UascStatusCeased(CeasedAt!.Value))), "ceasedAt");
    }
}
