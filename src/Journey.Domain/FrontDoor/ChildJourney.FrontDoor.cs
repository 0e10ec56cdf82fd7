using Journey.Domain.FrontDoor;

namespace Journey.Domain.Journeys;

/// <summary>
/// The front door's part of the journey's fold (decision 113): contacts and their decisions, referrals, and the
/// case's allocations (a social worker episode each, for the SSDA903, decision 79).
/// </summary>
public sealed partial class ChildJourney
{
    public List<ContactState> Contacts { get; set; } = [];
    public List<ReferralState> Referrals { get; set; } = [];
    public AllocationState? Allocation { get; set; }

    /// <summary>When the case was first allocated (supervision can be of any allocation since).</summary>
    public DateTimeOffset? FirstAllocatedAt { get; set; }

    /// <summary>Every allocation in order: the SSDA903's social worker episodes (each ends when the next starts).</summary>
    public List<AllocationState> Allocations { get; set; } = [];

    internal void FoldFrontDoor(IJourneyEvent e)
    {
        switch (e)
        {
            case ContactReceived x: Contacts.Add(new ContactState(x.ContactNumber, x.OccurredAt, null)); break;
            case FrontDoorDecisionMade x:
                Replace(Contacts, c => c.Number == x.ContactNumber, c => c with { Decision = x.Outcome, DecidedAt = x.OccurredAt });
                break;
            case FrontDoorDecisionChallenged { Overturned: true } x:
                Replace(Contacts, c => c.Number == x.ContactNumber, c => c with { Decision = null, DecidedAt = null, OverturnedAt = x.OccurredAt });
                break;
            case ReferralAccepted x: When(x); break;
            case CaseAllocated x:
                Allocation = new AllocationState(x.Team, x.Worker, x.OccurredAt, x.WorkerRegistration, x.WorkerChangeReason);
                FirstAllocatedAt ??= x.OccurredAt;
                Allocations.Add(Allocation);
                break;
        }
    }

    private void When(ReferralAccepted e)
    {
        Referrals.Add(new ReferralState(e.ReferralNumber, e.ContactNumber, e.OccurredAt));
        // A referral dated after the closure opens the case again.
        if (ClosedAt is { } closed && e.OccurredAt >= closed)
        {
            ClosedPeriods.Add(new ClosedPeriod(closed, e.OccurredAt));
            ClosedAt = null;
        }
    }
}

public sealed record ContactState(int Number, DateTimeOffset ReceivedAt, FrontDoorOutcome? Decision, DateTimeOffset? DecidedAt = null,
    DateTimeOffset? OverturnedAt = null);
public sealed record ReferralState(int Number, int ContactNumber, DateTimeOffset AcceptedAt);
public sealed record AllocationState(string Team, string Worker, DateTimeOffset AllocatedAt, string? WorkerRegistration = null, string? WorkerChangeReason = null);
