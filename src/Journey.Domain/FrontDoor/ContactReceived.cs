using Journey.Domain.Journeys;
using Journey.Domain.Reference;

namespace Journey.Domain.FrontDoor;

public enum ConsentStatus { Given, Refused, Overridden, NotRequired }

/// <summary>A contact about the child reached the front door (MASH).</summary>
public sealed record ContactReceived(
    int ContactNumber,
    DateTimeOffset OccurredAt,
    string Source,
    string Concerns,
    ConsentStatus Consent,
    string? ConsentRationale,
    bool OpenToEarlyHelp) : IJourneyEvent;

/// <summary>Record a contact. <see cref="Source"/> is a CIN census ReferralSource code (1A..10).</summary>
public sealed record RecordContact(
    DateTimeOffset? ReceivedAt,
    string? Source,
    string? Concerns,
    ConsentStatus? Consent,
    string? ConsentRationale,
    bool OpenToEarlyHelp = false,
    long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks()
            .NotInFuture(ReceivedAt, now, "receivedAt")
            .Required(Source, "source")
            .Required(Concerns, "concerns")
            .OneOf(Consent, "consent");
        if (Source is not null)
            checks.Require(CodeLists.Default.Contains(CodeLists.CinReferralSource, Source), "source", "cin-referral-source",
                $"source '{Source}' is not a CIN census referral source code ({string.Join(", ", CodeLists.Default.Codes(CodeLists.CinReferralSource))}).");
        checks.Require(Consent is not (ConsentStatus.Refused or ConsentStatus.Overridden) || !string.IsNullOrWhiteSpace(ConsentRationale),
            "consentRationale", "rationale-when-consent-refused-or-overridden",
            "consentRationale is required when consent was refused or overridden.");

        return checks.Or(() => Decision.Accept(new ContactReceived(journey.NextNumber<ContactReceived>(), ReceivedAt!.Value,
            Source!, Concerns!, Consent!.Value, ConsentRationale, OpenToEarlyHelp)));
    }
}
