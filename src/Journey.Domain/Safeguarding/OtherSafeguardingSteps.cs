using Journey.Domain.Journeys;

namespace Journey.Domain.Safeguarding;

public enum ExploitationKind { Criminal, Sexual, Trafficking, Radicalisation, Other }

/// <summary>A risk of exploitation was identified, with the plan to address it when there is one.</summary>
public sealed record ExploitationRiskIdentified(DateTimeOffset OccurredAt, ExploitationKind Kind, bool PlanAgreed) : IJourneyEvent;

/// <summary>The authority was notified that the child is privately fostered.</summary>
public sealed record PrivateFosteringNotified(DateTimeOffset OccurredAt, string Carer) : IJourneyEvent;

/// <summary>A 16 or 17 year old presented as homeless: were their rights under section 20 explained, and was a joint housing assessment done?</summary>
public sealed record HomelessPresentationMade(DateTimeOffset OccurredAt, bool Section20RightsExplained, bool JointHousingAssessment) : IJourneyEvent;

/// <summary>A transition plan for a disabled child moving to adult services.</summary>
public sealed record TransitionPlanAgreed(DateTimeOffset OccurredAt, string AdultServicesContact) : IJourneyEvent;

/// <summary>The midway review of a child protection plan between conferences.</summary>
public sealed record MidwayReviewHeld(int PlanNumber, DateTimeOffset OccurredAt) : IJourneyEvent;

/// <summary>A needs assessment for a young person leaving care (due within 3 months of their 16th birthday).</summary>
public sealed record LeavingCareNeedsAssessed(DateTimeOffset OccurredAt) : IJourneyEvent;

public sealed record IdentifyExploitationRisk(DateTimeOffset? IdentifiedAt, ExploitationKind? Kind, bool? PlanAgreed, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now) =>
        new Checks().NotInFuture(IdentifiedAt, now, "identifiedAt").OneOf(Kind, "kind").Required(PlanAgreed, "planAgreed")
            .Or(() => Decision.Accept(new ExploitationRiskIdentified(IdentifiedAt!.Value, Kind!.Value, PlanAgreed!.Value)));
}

public sealed record NotifyPrivateFostering(DateTimeOffset? NotifiedAt, string? Carer, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now) =>
        new Checks().NotInFuture(NotifiedAt, now, "notifiedAt").Required(Carer, "carer", 200)
            .Require(NotifiedAt is null || !journey.CareEpisodes.Any(c => c.EnteredAt <= NotifiedAt && NotifiedAt < (c.LeftAt ?? DateTimeOffset.MaxValue)),
                "notifiedAt", "not-while-looked-after", "The child was looked after on that date; a looked-after child is not privately fostered.")
            .Or(() => Decision.Accept(new PrivateFosteringNotified(NotifiedAt!.Value, Carer!)));
}

public sealed record RecordHomelessPresentation(DateTimeOffset? PresentedAt, bool? Section20RightsExplained, bool? JointHousingAssessment, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now) =>
        new Checks().NotInFuture(PresentedAt, now, "presentedAt").Required(Section20RightsExplained, "section20RightsExplained")
            .Required(JointHousingAssessment, "jointHousingAssessment")
            .Or(() => Decision.Accept(new HomelessPresentationMade(PresentedAt!.Value, Section20RightsExplained!.Value, JointHousingAssessment!.Value)));
}

public sealed record AgreeTransitionPlan(DateTimeOffset? AgreedAt, string? AdultServicesContact, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now) =>
        new Checks().NotInFuture(AgreedAt, now, "agreedAt").Required(AdultServicesContact, "adultServicesContact", 200)
            .Or(() => Decision.Accept(new TransitionPlanAgreed(AgreedAt!.Value, AdultServicesContact!)));
}

public sealed record HoldMidwayReview(DateTimeOffset? HeldAt, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var plan = journey.OpenPlan;
        var checks = new Checks().NotInFuture(HeldAt, now, "heldAt")
            .Require(plan is not null, "heldAt", "needs-open-protection-plan", "A midway review needs an open child protection plan.");
        if (plan is not null) checks.NotBefore(HeldAt, plan.StartedAt, "heldAt", "within-the-plan", $"plan {plan.Number} started");
        return checks.Or(() => Decision.Accept(new MidwayReviewHeld(plan!.Number, HeldAt!.Value)));
    }
}

public sealed record AssessLeavingCareNeeds(DateTimeOffset? AssessedAt, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now) =>
        new Checks().NotInFuture(AssessedAt, now, "assessedAt")
            .Require(journey.EverInCare, "assessedAt", "needs-care-experience", "A leaving care needs assessment is for a looked-after child or care leaver.")
            .Require(AssessedAt is null || journey.FirstEnteredCareAt is null || AssessedAt >= journey.FirstEnteredCareAt, "assessedAt",
                "needs-care-experience", "That date is before the child first entered care.")
            .Or(() => Decision.Accept(new LeavingCareNeedsAssessed(AssessedAt!.Value)));
}
