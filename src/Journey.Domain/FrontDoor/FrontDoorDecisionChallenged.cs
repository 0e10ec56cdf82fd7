using Journey.Domain.Journeys;

namespace Journey.Domain.FrontDoor;

/// <summary>
/// A front-door decision was challenged (by a referrer or partner agency). When overturned, the
/// contact awaits a new decision; the original decision stays on record.
/// </summary>
public sealed record FrontDoorDecisionChallenged(int ContactNumber, DateTimeOffset OccurredAt, string ChallengedBy, string Reason, bool Overturned) : IJourneyEvent;

public sealed record ChallengeFrontDoorDecision(
    DateTimeOffset? ChallengedAt,
    string? ChallengedBy,
    string? Reason,
    bool? Overturned,
    int? ContactNumber = null,
    long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var contact = ContactNumber is { } n
            ? journey.Contacts.FirstOrDefault(c => c.Number == n)
            : journey.Contacts.LastOrDefault(c => c.Decision is not null);
        var checks = new Checks().NotInFuture(ChallengedAt, now, "challengedAt").Required(ChallengedBy, "challengedBy", 200)
            .Required(Reason, "reason").Required(Overturned, "overturned")
            .Require(contact?.Decision is not null, "contactNumber", "challenge-a-decision", "There is no front-door decision to challenge.")
            .Require(Overturned != true || contact is null || journey.Referrals.All(r => r.ContactNumber != contact.Number),
                "overturned", "overturn-before-referral", "A referral was accepted from this decision; withdraw it before overturning the decision.");
        if (contact?.DecidedAt is { } decidedAt)
            checks.NotBefore(ChallengedAt, decidedAt, "challengedAt", "challenge-after-decision", "the decision was made");
        return checks.Or(() => Decision.Accept(new FrontDoorDecisionChallenged(contact!.Number, ChallengedAt!.Value, ChallengedBy!, Reason!, Overturned!.Value)));
    }
}
