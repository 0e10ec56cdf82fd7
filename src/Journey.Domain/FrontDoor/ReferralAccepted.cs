using Journey.Domain.Journeys;
using Journey.Domain.Reference;
using Journey.Domain.Returns;

namespace Journey.Domain.FrontDoor;

/// <summary>A contact became a referral to children's social care. Its date starts the assessment clock.</summary>
public sealed record ReferralAccepted(
    int ReferralNumber,
    int ContactNumber,
    DateTimeOffset OccurredAt,
    string? PrimaryNeed,
    bool NoFurtherAction = false) : IJourneyEvent;

/// <summary>
/// Accept a referral from a contact the front door decided to refer (for assessment or strategy
/// discussion); without <see cref="ContactNumber"/>, the latest such contact. PrimaryNeed is a CIN code N0..N9.
/// </summary>
public sealed record AcceptReferral(
    DateTimeOffset? AcceptedAt,
    string? PrimaryNeed = null,
    int? ContactNumber = null,
    long? ExpectedVersion = null,
    bool NoFurtherAction = false) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var referrable = journey.Contacts
            .Where(c => c.Decision is FrontDoorOutcome.ReferralForAssessment or FrontDoorOutcome.StrategyDiscussion)
            .Where(c => ContactNumber is null || c.Number == ContactNumber)
            .LastOrDefault();
        var checks = new Checks()
            .NotInFuture(AcceptedAt, now, "acceptedAt")
            .Require(referrable is not null, "contactNumber", "referral-needs-referring-decision",
                "A referral needs a contact the front door decided to refer for assessment or strategy discussion.")
            .Require(referrable is null || journey.Referrals.All(r => r.ContactNumber != referrable.Number),
                "contactNumber", "one-referral-per-contact", $"Contact {referrable?.Number} is already a referral.")
            .Require(PrimaryNeed is null || CodeLists.Default.Contains(CodeLists.CinPrimaryNeed, PrimaryNeed),
                "primaryNeed", "cin-primary-need", $"primaryNeed '{PrimaryNeed}' is not a CIN census primary need code (N0..N9).");
        if (referrable is not null)
            checks.NotBefore(AcceptedAt, referrable.ReceivedAt, "acceptedAt", "referral-after-contact", $"contact {referrable.Number} was received");

        return EntryRules.Judge(journey, checks.Or(() => Decision.Accept(
            new ReferralAccepted(journey.NextNumber<ReferralAccepted>(), referrable!.Number, AcceptedAt!.Value, PrimaryNeed, NoFurtherAction))), "acceptedAt");
    }
}
