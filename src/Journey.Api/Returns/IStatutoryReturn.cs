using Journey.Domain.Journeys;
using Marten;

namespace Journey.Api.Returns;

/// <summary>
/// A statutory return built from the children's journeys (folded from their events, as they stand now or as they
/// had been recorded by an instant) and the reference data the return's implementation is given through DI.
/// Registered in <see cref="ReturnsRegistration"/>; the API (<c>/api/returns/{returnName}</c>) and the <c>returns</c>
/// command find it by <see cref="Name"/>. Decision 82 in docs/decisions.md.
/// </summary>
public interface IStatutoryReturn
{
    /// <summary>The name in the route and the command: <c>cin</c>, <c>ssda903</c>, <c>annex-a</c>.</summary>
    string Name { get; }

    /// <summary>What it is, in words: "CIN census".</summary>
    string Title { get; }

    /// <summary>The files the return is made of, in its order: one is answered as itself, several as a zip.</summary>
    IReadOnlyList<string> FileNames { get; }

    /// <summary>
    /// Whether the return covers a period of its own (Annex A: <c>periodEnd</c>, or <c>from</c> and <c>to</c>) rather
    /// than only a collection year; a return that does not is refused those parameters (decision 93).
    /// </summary>
    bool TakesPeriod => false;

    /// <summary>Why the return cannot be built for these parameters (a year its specification does not cover), by parameter and rule.</summary>
    IEnumerable<RuleViolation> Refuse(ReturnParameters parameters);

    /// <summary>Builds every file of the return from every child's journey, read once in child order.</summary>
    Task<ReturnBuild> Build(ReturnParameters parameters, IAsyncEnumerable<ChildJourney> journeys, CancellationToken cancellation);

    /// <summary>
    /// The same, given the read-only session the journeys are read from, for a return that also reads what the store
    /// derives from them in the same snapshot (the SSDA903's OC3 rows come from care_leavers_in_touch_as_at). It reads
    /// the session before it reads the journeys, since one connection reads one result at a time. A return that needs
    /// only the journeys leaves this as it is.
    /// </summary>
    Task<ReturnBuild> Build(ReturnParameters parameters, IQuerySession snapshot, IAsyncEnumerable<ChildJourney> journeys, CancellationToken cancellation) =>
        Build(parameters, journeys, cancellation);
}
