using System.Runtime.CompilerServices;
using JasperFx.Events;
using Journey.Domain.Journeys;
using Marten;

namespace Journey.Api.Retention;

/// <summary>
/// Every child's journey, folded from the stored events in one pass ordered by child and version
/// (Marten's own reader, streamed) with the domain's Evolve, as the store folds one child: one child
/// is held at a time, so memory stays flat whatever the store's size, and it takes as long as
/// reading every event once, as verification does. As recorded by an instant, only the events stored by then are
/// folded (their timestamp: when the service appended them, or the recordedAt an import line gave), corrections and
/// withdrawals included, so a statutory return is built again as it stood when it was sent (decision 82).
/// </summary>
public static class StoredJourneys
{
    public static IAsyncEnumerable<ChildJourney> All(IQuerySession session, CancellationToken cancellation) => All(session, null, cancellation);

    public static async IAsyncEnumerable<ChildJourney> All(IQuerySession session, DateTimeOffset? asRecordedAt, [EnumeratorCancellation] CancellationToken cancellation)
    {
        ChildJourney? journey = null;
        IQueryable<IEvent> stored = session.Events.QueryAllRawEvents();
        // Npgsql writes a timestamptz only from an instant in UTC.
        if (asRecordedAt?.ToUniversalTime() is { } recordedBy) stored = stored.Where(e => e.Timestamp <= recordedBy);
        var events = stored.OrderBy(e => e.StreamKey).ThenBy(e => e.Version);
        await foreach (var e in events.ToAsyncEnumerable(cancellation))
        {
            // Marten's tombstones (placeholders for failed appends' sequence numbers) belong to no child.
            if (e.Data is not IJourneyEvent fact || e.StreamKey is not { } child) continue;
            if (journey is not null && journey.Id != child)
            {
                yield return journey;
                journey = null;
            }
            journey = (journey ?? ChildJourney.New(child)).Evolve(fact);
            journey.Version = e.Version; // the store's count is authoritative, as ChildJourneyProjection has it
        }
        if (journey is not null) yield return journey;
    }
}
