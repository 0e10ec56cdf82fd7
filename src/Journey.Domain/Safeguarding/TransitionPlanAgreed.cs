using Journey.Domain.Journeys;

namespace Journey.Domain.Safeguarding;

/// <summary>A transition plan for a disabled child moving to adult services.</summary>
public sealed record TransitionPlanAgreed(DateTimeOffset OccurredAt, string AdultServicesContact) : IJourneyEvent;

public sealed record AgreeTransitionPlan(DateTimeOffset? AgreedAt, string? AdultServicesContact, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now) =>
        new Checks().NotInFuture(AgreedAt, now, "agreedAt").Required(AdultServicesContact, "adultServicesContact", 200)
            .Or(() => Decision.Accept(new TransitionPlanAgreed(AgreedAt!.Value, AdultServicesContact!)));
}
