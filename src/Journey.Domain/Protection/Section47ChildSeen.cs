using Journey.Domain.Journeys;

namespace Journey.Domain.Protection;

/// <summary>The child was seen during the open section 47 enquiry (and whether alone).</summary>
public sealed record Section47ChildSeen(int EnquiryNumber, DateTimeOffset OccurredAt, bool SeenAlone) : IJourneyEvent;

public sealed record RecordSection47ChildSeen(DateTimeOffset? SeenAt, bool? SeenAlone, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var enquiry = journey.OpenEnquiry;
        var checks = new Checks().NotInFuture(SeenAt, now, "seenAt").Required(SeenAlone, "seenAlone")
            .Require(enquiry is not null, "seenAt", "needs-open-section-47", "No section 47 enquiry is open.");
        if (enquiry is not null) checks.NotBefore(SeenAt, enquiry.StartedAt, "seenAt", "within-the-enquiry", $"section 47 enquiry {enquiry.Number} started");
        return checks.Or(() => Decision.Accept(new Section47ChildSeen(enquiry!.Number, SeenAt!.Value, SeenAlone!.Value)));
    }
}
