using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Timescales;

namespace Journey.Domain.Permanence;

/// <summary>
/// Permanence's clocks (decision 116): life-story work runs from the celebration of the adoption, and the book and
/// the letter each stop their own clock; the care plan it records stops looked after's care-plan clock.
/// </summary>
public static class PermanenceClocks
{
    /// <summary>Life-story book given within 10 working days of the adoption celebration (Adoption NMS 2.7).</summary>
    public const string LifeStoryBook = "life-story-book";

    /// <summary>Later-life letter given within 10 working days of the adoption celebration (Adoption NMS 2.7).</summary>
    public const string LaterLifeLetter = "later-life-letter";

    public static readonly CapabilityClocks Declaration = new([LifeStoryBook, LaterLifeLetter],
    [
        EventClocks.On<CarePlanRecorded>(carePlan => [new StopClock(LookedAfterClocks.CarePlan, carePlan.CareEpisodeNumber, carePlan.OccurredAt)]),
        EventClocks.On<AdoptionStepTaken>(adoption => adoption.Step switch
        {
            AdoptionStep.CelebrationHeld =>
            [
                new StartClock(LifeStoryBook, adoption.CareEpisodeNumber, adoption.OccurredAt),
                new StartClock(LaterLifeLetter, adoption.CareEpisodeNumber, adoption.OccurredAt),
            ],
            AdoptionStep.LifeStoryBookGiven => [new StopClock(LifeStoryBook, adoption.CareEpisodeNumber, adoption.OccurredAt)],
            AdoptionStep.LaterLifeLetterGiven => [new StopClock(LaterLifeLetter, adoption.CareEpisodeNumber, adoption.OccurredAt)],
            _ => [],
        }),
    ]);
}
