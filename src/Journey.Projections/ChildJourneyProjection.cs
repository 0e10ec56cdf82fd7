using JasperFx.Events;
using Journey.Domain.Journeys;
using Marten.Events.Aggregation;

namespace Journey.Projections;

/// <summary>
/// Builds a child's <see cref="ChildJourney"/> from its stream for the write side. Live: the rules
/// always see every event, never a stale snapshot. The fold itself is the domain's pure Evolve.
/// </summary>
public sealed class ChildJourneyProjection : SingleStreamProjection<ChildJourney, string>
{
    public override ChildJourney Evolve(ChildJourney? snapshot, string id, IEvent e)
    {
        var journey = snapshot ?? ChildJourney.New(id);
        if (e.Data is IJourneyEvent journeyEvent) journey = journey.Evolve(journeyEvent);
        journey.Version = e.Version; // the store's count is authoritative
        return journey;
    }
}
