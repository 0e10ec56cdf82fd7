using Journey.Domain.Journeys;

namespace Journey.Domain.Supervision;

/// <summary>The allocated worker's case supervision with their manager.</summary>
public sealed record SupervisionHeld(DateTimeOffset OccurredAt, string Supervisor) : IJourneyEvent;

public sealed record RecordSupervision(DateTimeOffset? HeldAt, string? Supervisor, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(HeldAt, now, "heldAt").Required(Supervisor, "supervisor", 200)
            .Require(journey.Allocation is not null, "heldAt", "supervision-needs-allocation", "Supervision is of an allocated case.")
            .CaseOpen(journey, HeldAt, "heldAt");
        if (journey.FirstAllocatedAt is { } allocated)
            checks.NotBefore(HeldAt, allocated, "heldAt", "supervision-after-allocation", "the case was first allocated");
        return checks.Or(() => Decision.Accept(new SupervisionHeld(HeldAt!.Value, Supervisor!)));
    }
}
