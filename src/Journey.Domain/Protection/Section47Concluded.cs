using Journey.Domain.Journeys;

namespace Journey.Domain.Protection;

public enum Section47Outcome { InitialConference, ChildInNeed, NoFurtherAction }

/// <summary>The section 47 enquiry concluded; an outcome of InitialConference asks for an initial child protection conference.</summary>
public sealed record Section47Concluded(int EnquiryNumber, DateTimeOffset OccurredAt, Section47Outcome Outcome) : IJourneyEvent;

public sealed record ConcludeSection47(
    DateTimeOffset? ConcludedAt,
    Section47Outcome? Outcome,
    long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var open = journey.OpenEnquiry;
        var checks = new Checks()
            .NotInFuture(ConcludedAt, now, "concludedAt")
            .OneOf(Outcome, "outcome")
            .Require(open is not null, "concludedAt", "conclude-open-section-47", "No section 47 enquiry is open.");
        if (open is not null)
            checks.NotBefore(ConcludedAt, open.StartedAt, "concludedAt", "concluded-after-start", $"section 47 enquiry {open.Number} started");

        return checks.Or(() => Decision.Accept(new Section47Concluded(open!.Number, ConcludedAt!.Value, Outcome!.Value)));
    }
}
