using Journey.Domain.Journeys;
using Journey.Domain.Timescales;

namespace Journey.Domain.LookedAfter;

/// <summary>
/// Looked after's clocks (decision 116): entering care starts the initial health assessment, care plan and first
/// looked-after review clocks of the care episode (the care plan is recorded, and stopped, in permanence); leaving
/// care ends what was still owed.
/// </summary>
public static class LookedAfterClocks
{
    /// <summary>Initial health assessment within 20 working days of entering care.</summary>
    public const string InitialHealthAssessment = "initial-health-assessment";

    /// <summary>Care plan within 10 working days of entering care.</summary>
    public const string CarePlan = "care-plan";

    /// <summary>First looked-after review within 20 working days of entering care.</summary>
    public const string FirstLookedAfterReview = "first-looked-after-review";

    private static readonly string[] CareMeasures = [InitialHealthAssessment, CarePlan, FirstLookedAfterReview];

    public static readonly CapabilityClocks Declaration = new(CareMeasures,
    [
        EventClocks.On<EnteredCare>(care => [.. CareMeasures.Select(m => new StartClock(m, care.CareEpisodeNumber, care.OccurredAt))]),
        EventClocks.On<HealthAssessmentCompleted>(health => health.Kind == HealthAssessmentKind.Initial
            ? [new StopClock(InitialHealthAssessment, health.CareEpisodeNumber, health.OccurredAt)]
            : []),
        EventClocks.On<LookedAfterReviewHeld>(review => [new StopClock(FirstLookedAfterReview, review.CareEpisodeNumber, review.OccurredAt)]),
        EventClocks.On<LeftCare>(left => [.. CareMeasures.Select(m => new NotDueFrom(m, left.CareEpisodeNumber, left.OccurredAt))]),
    ]);
}
