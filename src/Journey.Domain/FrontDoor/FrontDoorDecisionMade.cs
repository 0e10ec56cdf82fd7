using System.ComponentModel.DataAnnotations;
using Journey.Domain.Journeys;

namespace Journey.Domain.FrontDoor;

public enum FrontDoorOutcome { NoFurtherAction, Signpost, EarlyHelp, ReferralForAssessment, StrategyDiscussion }

/// <summary>The front door (MASH) decided what happens with a contact.</summary>
public sealed record FrontDoorDecisionMade(
    int ContactNumber,
    DateTimeOffset OccurredAt,
    FrontDoorOutcome Outcome,
    string Rationale,
    string DecidedBy) : IJourneyEvent;

/// <summary>
/// Record the front-door decision on a contact; without <see cref="ContactNumber"/> it applies to the
/// earliest contact still awaiting a decision.
/// </summary>
public sealed record RecordFrontDoorDecision(
    DateTimeOffset? DecidedAt,
    FrontDoorOutcome? Outcome,
    string? Rationale,
    [property: MaxLength(FieldLimits.Name)] string? DecidedBy,
    int? ContactNumber = null,
    long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var contact = ContactNumber is { } n
            ? journey.Contacts.FirstOrDefault(c => c.Number == n)
            : journey.Contacts.FirstOrDefault(c => c.Decision is null);
        var checks = new Checks()
            .NotInFuture(DecidedAt, now, "decidedAt")
            .OneOf(Outcome, "outcome")
            .Required(Rationale, "rationale")
            .Required(DecidedBy, "decidedBy")
            .Require(contact is not null, "contactNumber", "contact-awaiting-decision",
                ContactNumber is { } missing ? $"Contact {missing} is not on this child's record." : "No contact is awaiting a front-door decision.")
            .Require(contact?.Decision is null, "contactNumber", "one-decision-per-contact",
                $"Contact {contact?.Number} already has a front-door decision.");
        if (contact is not null)
            checks.NotBefore(DecidedAt, contact.ReceivedAt, "decidedAt", "decision-after-contact", $"contact {contact.Number} was received");
        if (contact?.OverturnedAt is { } overturned)
            checks.NotBefore(DecidedAt, overturned, "decidedAt", "decision-after-challenge", "the earlier decision was overturned");

        return checks.Or(() => Decision.Accept(
            new FrontDoorDecisionMade(contact!.Number, DecidedAt!.Value, Outcome!.Value, Rationale!, DecidedBy!)));
    }
}
