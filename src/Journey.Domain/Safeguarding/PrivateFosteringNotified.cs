using Journey.Domain.Journeys;

namespace Journey.Domain.Safeguarding;

/// <summary>The authority was notified that the child is privately fostered.</summary>
public sealed record PrivateFosteringNotified(DateTimeOffset OccurredAt, string Carer) : IJourneyEvent;

public sealed record NotifyPrivateFostering(DateTimeOffset? NotifiedAt, string? Carer, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now) =>
        new Checks().NotInFuture(NotifiedAt, now, "notifiedAt").Required(Carer, "carer", 200)
            .Require(NotifiedAt is null || !journey.CareEpisodes.Any(c => c.EnteredAt <= NotifiedAt && NotifiedAt < (c.LeftAt ?? DateTimeOffset.MaxValue)),
                "notifiedAt", "not-while-looked-after", "The child was looked after on that date; a looked-after child is not privately fostered.")
            .Or(() => Decision.Accept(new PrivateFosteringNotified(NotifiedAt!.Value, Carer!)));
}
