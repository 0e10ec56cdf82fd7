using Journey.Domain.Journeys;
using Journey.Domain.Reference;

namespace Journey.Domain.FrontDoor;

/// <summary>
/// The child's case was allocated to a team and a worker (or moved to another): a social worker episode
/// of the SSDA903 (SW_ID, the worker's Social Work England registration number; SW_REASON, why the worker
/// changed), those two optional for allocations recorded before they were asked (decision 79).
/// </summary>
public sealed record CaseAllocated(DateTimeOffset OccurredAt, string Team, string Worker, string? WorkerRegistration = null, string? WorkerChangeReason = null)
    : IJourneyEvent;

public sealed record AllocateCase(
    DateTimeOffset? AllocatedAt,
    string? Team,
    string? Worker,
    long? ExpectedVersion = null,
    string? WorkerRegistration = null,
    string? WorkerChangeReason = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks()
            .NotInFuture(AllocatedAt, now, "allocatedAt")
            .Required(Team, "team", 200)
            .Required(Worker, "worker", 200)
            .Require(journey.Referrals.Count > 0, "allocatedAt", "allocation-needs-referral",
                "A case is allocated once a referral has been accepted.")
            .CaseOpen(journey, AllocatedAt, "allocatedAt")
            .Add(ProviderIdentifiers.CheckSocialWorker(WorkerRegistration, "workerRegistration"))
            .Code(CodeLists.SocialWorkerChangeReason, WorkerChangeReason, "workerChangeReason", optional: true);
        var referral = journey.Referrals.LastOrDefault();
        if (referral is not null)
            checks.NotBefore(AllocatedAt, referral.AcceptedAt, "allocatedAt", "allocation-after-referral", $"referral {referral.Number} was accepted");
        return checks.Or(() => Decision.Accept(new CaseAllocated(AllocatedAt!.Value, Team!, Worker!, WorkerRegistration, WorkerChangeReason)));
    }
}
