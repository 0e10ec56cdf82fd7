using Journey.Domain.Journeys;
using Journey.Domain.Timescales;

namespace Journey.Domain.Proceedings;

/// <summary>Care proceedings' clock (decision 116): from issue to the final order, moved on by each extension.</summary>
public static class ProceedingsClocks
{
    /// <summary>Care proceedings concluded (final order) within 26 weeks of issue, plus extensions.</summary>
    public const string CareProceedings = "care-proceedings";

    public static readonly CapabilityClocks Declaration = new([CareProceedings],
    [
        EventClocks.On<CareProceedingsIssued>(issued => [new StartClock(CareProceedings, issued.ProceedingsNumber, issued.OccurredAt)]),
        // An extension moves the due date on by its weeks (a correction, by the difference; MoveDueDate.Replacing).
        EventClocks.On<ProceedingsExtended>(extended => [new MoveDueDate(CareProceedings, extended.ProceedingsNumber, 7 * extended.Weeks)]),
        EventClocks.On<FinalOrderMade>(order => [new StopClock(CareProceedings, order.ProceedingsNumber, order.OccurredAt)]),
    ]);
}
