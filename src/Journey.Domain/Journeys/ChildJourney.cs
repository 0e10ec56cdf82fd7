using Journey.Domain.Corrections;

namespace Journey.Domain.Journeys;

/// <summary>
/// What the rules need to know of a child's journey so far, folded from the child's event stream
/// (one stream per child, keyed by the local authority's child id) by <see cref="Evolve"/> in stream
/// order. Pure: the event store calls it through Journey.Projections' ChildJourneyProjection.
/// This file holds what every step shares (the facts, their numbering, corrections); each capability's
/// part of the state and of the fold lives in its own folder (decision 113), and the statutory returns'
/// items (decision 79) with the capability whose events carry them.
/// </summary>
public sealed partial class ChildJourney
{
    public string Id { get; set; } = "";

    /// <summary>The stream version: how many events the child's stream holds.</summary>
    public long Version { get; set; }

    /// <summary>Every fact recorded, by version, in its current form (corrections applied).</summary>
    public List<RecordedFact> Facts { get; set; } = [];

    /// <summary>The journey of a child with no events yet.</summary>
    public static ChildJourney New(string childId) => new() { Id = childId };

    /// <summary>
    /// The number the next fact of type <typeparamref name="T"/> takes: one more than every such fact
    /// ever recorded, withdrawn ones included, so a number is never reused.
    /// </summary>
    public int NextNumber<T>() where T : IJourneyEvent => Facts.Count(f => f.Event is T) + 1;

    public RecordedFact? Fact(long version) => Facts.FirstOrDefault(f => f.Version == version);

    /// <summary>
    /// The journey as the facts before <paramref name="version"/> now stand (corrections applied,
    /// withdrawn facts still counted for numbering): what a step at that version was decided against.
    /// </summary>
    public ChildJourney AsItStoodBefore(long version)
    {
        var before = new ChildJourney { Id = Id, Version = version - 1, Facts = Facts.Where(f => f.Version < version).ToList() };
        foreach (var fact in before.Facts.Where(f => f.IsEffective)) before.Fold(fact.Event);
        return before;
    }

    /// <summary>
    /// Folds the next event of the stream into the journey and returns the journey to use from now
    /// on: a correction or withdrawal changes an earlier fact, so the rules' view is folded again,
    /// into a new instance, from the facts as they now stand.
    /// </summary>
    public ChildJourney Evolve(IJourneyEvent e)
    {
        Version++;
        switch (e)
        {
            case EventCorrected corrected:
                ReplaceFact(corrected.CorrectedVersion, f => f with { Event = corrected.Replacement, Status = FactStatus.Corrected });
                return Refolded();
            case EventWithdrawn withdrawn:
                ReplaceFact(withdrawn.WithdrawnVersion, f => f with { Status = FactStatus.Withdrawn });
                return Refolded();
            default:
                Facts.Add(new RecordedFact(Version, e, FactStatus.Recorded));
                Fold(e);
                break;
        }
        return this;
    }

    /// <summary>The later of a step's last recorded time and <paramref name="b"/>.</summary>
    private static DateTimeOffset Later(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x > b ? x : b;

    private void ReplaceFact(long version, Func<RecordedFact, RecordedFact> change) =>
        Replace(Facts, f => f.Version == version, change);

    /// <summary>
    /// The journey folded again from the facts as they now stand, into a new instance, so no state
    /// a fact once set can outlive its withdrawal or correction.
    /// </summary>
    private ChildJourney Refolded()
    {
        var fresh = new ChildJourney { Id = Id, Version = Version, Facts = Facts };
        foreach (var fact in Facts.Where(f => f.IsEffective)) fresh.Fold(fact.Event);
        return fresh;
    }

    /// <summary>
    /// Each capability folds its own events, in its own folder's ChildJourney.&lt;capability&gt;.cs (decisions 113,
    /// 114); an event belongs to one capability, so the order they are asked in does not matter.
    /// </summary>
    private void Fold(IJourneyEvent e)
    {
        foreach (var capability in JourneyCapabilities.All) capability.Fold?.Invoke(this, e);
    }

    private static void Replace<T>(List<T> items, Predicate<T> match, Func<T, T> change)
    {
        var index = items.FindIndex(match);
        if (index >= 0) items[index] = change(items[index]);
    }
}
