using JasperFx.Events.Daemon;
using Journey.Api.Authorisation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Journey.Api.Daemon;

public static class ProjectionsEndpoint
{
    /// <summary>
    /// Every projection and how far it trails the events: async ones by the daemon's progress
    /// (last sequence processed, events stored beyond it, age of the oldest of them), inline and
    /// live ones always current; with the store's high-water mark and highest event sequence, and
    /// whether this node holds the daemon's leadership, so runs the async projections (decision 102).
    /// </summary>
    [WolverineGet("/api/projections"), Tags("Operations"), EndpointSummary("Projection lag: how far each projection trails the event store.")]
    [ProducesResponseType<ProjectionLagReport>(200)]
    [Access(Rule.ReadOperations)]
    public static async Task<ProjectionLagReport> Get(IDocumentStore store, IProjectionCoordinator coordinator, TimeProvider clock, CancellationToken cancellation) =>
        await ProjectionLag.ReadAsync(store, clock, cancellation) with { Daemon = await DaemonLeadership.ReadAsync(coordinator, store, cancellation) };
}
