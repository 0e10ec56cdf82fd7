using Journey.Domain.Corrections;

namespace Journey.Domain.Journeys;

/// <summary>
/// Records' part of the journey's fold (decision 113): when each written record was finalised. Corrections and
/// withdrawals are not folded here: they change earlier facts, and <see cref="Evolve"/> folds the journey again.
/// </summary>
public sealed partial class ChildJourney
{
    /// <summary>When each written record (by the version of its step) was finalised.</summary>
    public Dictionary<long, DateTimeOffset> Finalised { get; set; } = [];

    internal void FoldRecords(IJourneyEvent e)
    {
        if (e is RecordFinalised x) Finalised[x.FinalisedVersion] = x.OccurredAt;
    }
}
