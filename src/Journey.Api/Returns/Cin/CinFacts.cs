using Journey.Domain.Journeys;
using Journey.Domain.Timescales;

namespace Journey.Api.Returns.Cin;

/// <summary>
/// The facts of a journey as they now stand (corrections applied, withdrawn steps left out), in stream order, each
/// read by its UK date: the census counts days (dates are YYYY-MM-DD, UK days as every measure counts them).
/// </summary>
public sealed class CinFacts(ChildJourney journey)
{
    public string ChildId { get; } = journey.Id;

    public IReadOnlyList<IJourneyEvent> Events { get; } = journey.Facts.Where(f => f.IsEffective).Select(f => f.Event).ToArray();

    public IEnumerable<T> Of<T>() where T : IJourneyEvent => Events.OfType<T>();

    public static DateOnly Day(IJourneyEvent fact) => UkTime.DateOf(fact.OccurredAt);
}
