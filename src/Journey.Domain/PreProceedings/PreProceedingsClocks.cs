using Journey.Domain.Journeys;
using Journey.Domain.Timescales;

namespace Journey.Domain.PreProceedings;

/// <summary>Pre-proceedings' clock (decision 116): from the decision to enter them to their conclusion.</summary>
public static class PreProceedingsClocks
{
    /// <summary>Pre-proceedings concluded within 16 weeks of the decision to enter them (drift).</summary>
    public const string PreProceedings = "pre-proceedings";

    public static readonly CapabilityClocks Declaration = new([PreProceedings],
    [
        EventClocks.On<PreProceedingsEntered>(entered => [new StartClock(PreProceedings, entered.PreProceedingsNumber, entered.OccurredAt)]),
        EventClocks.On<PreProceedingsConcluded>(concluded => [new StopClock(PreProceedings, concluded.PreProceedingsNumber, concluded.OccurredAt)]),
    ]);
}
