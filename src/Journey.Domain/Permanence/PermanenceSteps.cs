using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;

namespace Journey.Domain.Permanence;

public enum PermanencePlanKind { ReturnHome, Adoption, SpecialGuardianship, ChildArrangementsOrder, LongTermFostering, Other }

/// <summary>
/// The steps to adoption in their order. The celebration follows the adoption order and starts the
/// 10 working days within which the life-story book and the later-life letter are due (Adoption
/// NMS 2.7); enum values are stored by name, so the order here is free to follow the journey.
/// </summary>
public enum AdoptionStep { DecisionMakerAgreed, PlacementOrderMade, Matched, Placed, AdoptionOrderMade, CelebrationHeld, LifeStoryBookGiven, LaterLifeLetterGiven }

public static class AdoptionStepOrder
{
    /// <summary>Steps after the adoption order, by which time the child is usually no longer looked after.</summary>
    public static bool FollowsTheOrder(AdoptionStep step) => step > AdoptionStep.AdoptionOrderMade;

    /// <summary>Life-story work: the book and the letter, each due from the celebration.</summary>
    public static bool IsLifeStoryWork(AdoptionStep step) => step is AdoptionStep.LifeStoryBookGiven or AdoptionStep.LaterLifeLetterGiven;
}

/// <summary>The looked-after child's care plan was recorded (before the first placement or within 10 working days).</summary>
public sealed record CarePlanRecorded(int CareEpisodeNumber, DateTimeOffset OccurredAt) : IJourneyEvent;

/// <summary>The permanence plan for the child (due by the second looked-after review), with whether it was ratified.</summary>
public sealed record PermanencePlanMade(int CareEpisodeNumber, DateTimeOffset OccurredAt, PermanencePlanKind Kind, bool Ratified) : IJourneyEvent;

/// <summary>
/// A step on the way to adoption, in order: agency decision maker, placement order, match, placement, order,
/// life-story work. The match names who the adopters are as the SSDA903's AD1 asks (<see cref="Adopters"/>).
/// </summary>
public sealed record AdoptionStepTaken(int CareEpisodeNumber, DateTimeOffset OccurredAt, AdoptionStep Step, Adopters? Adopters = null) : IJourneyEvent;

/// <summary>A looked-after review that was due did not take place, and why.</summary>
public sealed record LookedAfterReviewNotHeld(int CareEpisodeNumber, DateTimeOffset OccurredAt, string Reason) : IJourneyEvent;

/// <summary>A care order was discharged by the court.</summary>
public sealed record CareOrderDischarged(int CareEpisodeNumber, DateTimeOffset OccurredAt) : IJourneyEvent;

public sealed record RecordCarePlan(DateTimeOffset? RecordedAt, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(RecordedAt, now, "recordedAt");
        var episode = CareChecks.InCare(journey, RecordedAt, "recordedAt", checks, "care plan");
        return checks.Or(() => Decision.Accept(new CarePlanRecorded(episode!.Number, RecordedAt!.Value)));
    }
}

public sealed record MakePermanencePlan(DateTimeOffset? MadeAt, PermanencePlanKind? Kind, bool? Ratified, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(MadeAt, now, "madeAt").OneOf(Kind, "kind").Required(Ratified, "ratified");
        var episode = CareChecks.InCare(journey, MadeAt, "madeAt", checks, "permanence plan");
        return checks.Or(() => Decision.Accept(new PermanencePlanMade(episode!.Number, MadeAt!.Value, Kind!.Value, Ratified!.Value)));
    }
}

public sealed record TakeAdoptionStep(DateTimeOffset? TakenAt, AdoptionStep? Step, long? ExpectedVersion = null, Adopters? Adopters = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(TakenAt, now, "takenAt").OneOf(Step, "step")
            .Require(Adopters is null || Step == AdoptionStep.Matched, "adopters", "adopters-with-the-match",
                "The adopters are recorded with the match (step Matched).");
        Adopters?.Check(checks);
        // The celebration and life-story work follow the adoption, by which time the child is no longer looked after.
        var afterOrder = Step is { } taken && AdoptionStepOrder.FollowsTheOrder(taken);
        var lifeStory = Step is { } work && AdoptionStepOrder.IsLifeStoryWork(work);
        var episode = afterOrder ? journey.CareEpisodes.LastOrDefault() : CareChecks.InCare(journey, TakenAt, "takenAt", checks, "adoption step");
        if (lifeStory)
        {
            checks.Require(journey.AdoptionSteps.ContainsKey(AdoptionStep.AdoptionOrderMade), "step", "life-story-work-after-the-order",
                "Life-story work is recorded after the adoption order.");
            if (journey.AdoptionSteps.TryGetValue(AdoptionStep.AdoptionOrderMade, out var orderAt))
                checks.NotBefore(TakenAt, orderAt, "takenAt", "life-story-work-after-the-order", "the adoption order was made");
            // Life-story work is measured from the celebration: once one is recorded, the work follows it.
            if (journey.AdoptionSteps.TryGetValue(AdoptionStep.CelebrationHeld, out var celebratedAt))
                checks.NotBefore(TakenAt, celebratedAt, "takenAt", "life-story-work-after-the-celebration", "the adoption was celebrated");
        }
        if (Step is AdoptionStep.CelebrationHeld)
            checks.Require(!journey.AdoptionSteps.Keys.Any(AdoptionStepOrder.IsLifeStoryWork), "step", "celebration-before-life-story-work",
                "Life-story work is already recorded; the celebration it is measured from is recorded first (withdraw the life-story work, then record both in order).");
        if (Step is { } step && !lifeStory && step != AdoptionStep.DecisionMakerAgreed)
        {
            checks.Require(journey.AdoptionSteps.ContainsKey(step - 1), "step", "adoption-steps-in-order", $"{step} follows {step - 1}.");
            if (journey.AdoptionSteps.TryGetValue(step - 1, out var previousAt))
                checks.NotBefore(TakenAt, previousAt, "takenAt", "adoption-steps-in-order", $"{step - 1} was recorded as happening");
        }
        checks.Require(Step is null || !journey.AdoptionSteps.ContainsKey(Step.Value), "step", "each-adoption-step-once", $"{Step} is already recorded.");
        return checks.Or(() => Decision.Accept(new AdoptionStepTaken(episode!.Number, TakenAt!.Value, Step!.Value, Adopters)));
    }
}

public sealed record RecordLookedAfterReviewNotHeld(DateTimeOffset? DueAt, string? Reason, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(DueAt, now, "dueAt").Required(Reason, "reason");
        var episode = CareChecks.InCare(journey, DueAt, "dueAt", checks, "review not held");
        return checks.Or(() => Decision.Accept(new LookedAfterReviewNotHeld(episode!.Number, DueAt!.Value, Reason!)));
    }
}

public sealed record DischargeCareOrder(DateTimeOffset? DischargedAt, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(DischargedAt, now, "dischargedAt");
        var episode = CareChecks.InCare(journey, DischargedAt, "dischargedAt", checks, "discharge");
        checks.Require(episode is null || episode.LegalStatus == "C2", "dischargedAt", "discharge-needs-care-order",
            "Only a full care order (legal status C2) is discharged.")
            .Require(episode?.CareOrderDischargedAt is null, "dischargedAt", "discharge-once", "The care order is already discharged.");
        if (episode is { LegalStatus: "C2" } && episode.LegalStatusSince > episode.EnteredAt)
            checks.NotBefore(DischargedAt, episode.LegalStatusSince, "dischargedAt", "discharge-needs-care-order", "the care order was made");
        return checks.Or(() => Decision.Accept(new CareOrderDischarged(episode!.Number, DischargedAt!.Value)));
    }
}
