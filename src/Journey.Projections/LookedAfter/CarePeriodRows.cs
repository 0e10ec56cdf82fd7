using Journey.Domain.LookedAfter;
using Journey.Domain.Permanence;

namespace Journey.Projections.LookedAfter;

/// <summary>
/// The rows of journey.care_entries and journey.placements a batch's children have, changed in memory by the batch's
/// facts in sequence order as the per-event statements changed them (decision 179), then each placement's end and
/// carer worked out again (<see cref="Recompute"/>). <see cref="PlacementProjection"/> reads the rows stored, folds, and
/// writes what changed; with no I/O of its own, the fold is tested without a database.
/// </summary>
public sealed class CarePeriodRows
{
    public Dictionary<(string Child, int Episode), CareEntryRow> Entries { get; }
    public Dictionary<(string Child, int Number), PlacementRow> Placements { get; }

    public CarePeriodRows(IEnumerable<CareEntryRow> entries, IEnumerable<PlacementRow> placements)
    {
        Entries = entries.ToDictionary(e => (e.ChildId, e.CareEpisodeNumber));
        Placements = placements.ToDictionary(p => (p.ChildId, p.PlacementNumber));
    }

    /// <summary>Whether <see cref="Fold"/> does anything with <paramref name="fact"/> (visits are the projection's, not these rows').</summary>
    public static bool Changes(object fact) =>
        fact is EnteredCare or LeftCare or PlacementStarted or AdoptionStepTaken { Step: AdoptionStep.Placed };

    /// <summary>
    /// Applies a fact recorded (or, correcting, re-recorded) at <paramref name="recordedAt"/>, or undoes one withdrawn, as its
    /// statement did: entering care and a placement are upserts that keep when the row was first recorded; leaving care
    /// and a placement for adoption update the period of care if there is one, keeping when they were first recorded;
    /// withdrawn, an entry or a placement is deleted, a leaving or a placement for adoption cleared with its time.
    /// </summary>
    public void Fold(string child, DateTimeOffset recordedAt, object fact, bool withdrawn)
    {
        recordedAt = recordedAt.ToUniversalTime();
        switch (fact)
        {
            case EnteredCare c when withdrawn: Entries.Remove((child, c.CareEpisodeNumber)); break;
            case EnteredCare c:
                var entry = new CareEntryRow(child, c.CareEpisodeNumber, c.OccurredAt.ToUniversalTime(), c.LegalStatus, c.Planned, null, null, null, recordedAt, null);
                Entries[(child, c.CareEpisodeNumber)] = Entries.TryGetValue((child, c.CareEpisodeNumber), out var was)
                    ? was with { EnteredAt = entry.EnteredAt, LegalStatus = entry.LegalStatus, Planned = entry.Planned, StartedRecordedAt = was.StartedRecordedAt ?? recordedAt }
                    : entry;
                break;
            case LeftCare l when withdrawn: ChangeEntry(child, l.CareEpisodeNumber, e => e with { LeftAt = null, EndedRecordedAt = null }); break;
            case LeftCare l:
                ChangeEntry(child, l.CareEpisodeNumber, e => e with { LeftAt = l.OccurredAt.ToUniversalTime(), EndedRecordedAt = e.EndedRecordedAt ?? recordedAt });
                break;
            case AdoptionStepTaken { Step: AdoptionStep.Placed } a when withdrawn:
                ChangeEntry(child, a.CareEpisodeNumber, e => e with { PlacedForAdoptionAt = null, PlacedForAdoptionRecordedAt = null });
                break;
            case AdoptionStepTaken { Step: AdoptionStep.Placed } a:
                ChangeEntry(child, a.CareEpisodeNumber, e => e with
                {
                    PlacedForAdoptionAt = a.OccurredAt.ToUniversalTime(),
                    PlacedForAdoptionRecordedAt = e.PlacedForAdoptionRecordedAt ?? recordedAt,
                });
                break;
            case PlacementStarted p when withdrawn: Placements.Remove((child, p.PlacementNumber)); break;
            case PlacementStarted p:
                // A first placement has no reason for change.
                var placement = new PlacementRow(child, p.PlacementNumber, p.CareEpisodeNumber, p.OccurredAt.ToUniversalTime(), p.PlacementType,
                    PlacementKinds.IsLongTerm(p.PlacementType), p.ReasonForChange, PlacementKinds.IsNewCarer(p.ReasonForChange), null, null, recordedAt, null);
                Placements[(child, p.PlacementNumber)] = Placements.TryGetValue((child, p.PlacementNumber), out var stored)
                    ? placement with
                    {
                        SameCarerSince = stored.SameCarerSince,
                        EndedAt = stored.EndedAt,
                        EndedRecordedAt = stored.EndedRecordedAt,
                        StartedRecordedAt = stored.StartedRecordedAt ?? recordedAt,
                    }
                    : placement;
                break;
        }
    }

    /// <summary>
    /// Each placement of the period of care ends when the next one (by number, which the rules keep in date order)
    /// starts, or the last when the child leaves care; the child has lived with the same carer since the latest
    /// placement up to it that was a move to a new carer (or, with none, since the period's first placement). The end
    /// was recorded when what ended it was: the next placement, or leaving care. Worked out from the rows as the batch
    /// leaves them, for every period of care of <paramref name="children"/>, so a correction that moves a placement to
    /// another period, or a withdrawn entry into care, leaves both periods right.
    /// </summary>
    public void Recompute(IReadOnlyCollection<string> children)
    {
        var touched = children.ToHashSet();
        foreach (var period in Placements.Values.Where(p => touched.Contains(p.ChildId)).GroupBy(p => (p.ChildId, p.CareEpisodeNumber)).ToList())
        {
            var inOrder = period.OrderBy(p => p.PlacementNumber).ToList();
            var entry = Entries.GetValueOrDefault(period.Key);
            var firstStart = inOrder.Min(p => p.StartedAt);
            DateTimeOffset? carerSince = null;
            for (var i = 0; i < inOrder.Count; i++)
            {
                var p = inOrder[i];
                var next = i + 1 < inOrder.Count ? inOrder[i + 1] : null;
                if (p.NewCarer) carerSince = p.StartedAt;
                Placements[(p.ChildId, p.PlacementNumber)] = p with
                {
                    EndedAt = next is null ? entry?.LeftAt : next.StartedAt,
                    EndedRecordedAt = next is null ? entry?.EndedRecordedAt : next.StartedRecordedAt,
                    SameCarerSince = carerSince ?? firstStart,
                };
            }
        }
    }

    private void ChangeEntry(string child, int episode, Func<CareEntryRow, CareEntryRow> change)
    {
        if (Entries.TryGetValue((child, episode), out var entry)) Entries[(child, episode)] = change(entry);
    }
}

/// <summary>One row of journey.care_entries (a period of care), as PostgreSQL's row_to_json writes it.</summary>
public sealed record CareEntryRow(string ChildId, int CareEpisodeNumber, DateTimeOffset EnteredAt, string LegalStatus, bool Planned,
    DateTimeOffset? LeftAt, DateTimeOffset? PlacedForAdoptionAt, DateTimeOffset? PlacedForAdoptionRecordedAt,
    DateTimeOffset? StartedRecordedAt, DateTimeOffset? EndedRecordedAt);

/// <summary>One row of journey.placements, as PostgreSQL's row_to_json writes it.</summary>
public sealed record PlacementRow(string ChildId, int PlacementNumber, int CareEpisodeNumber, DateTimeOffset StartedAt, string PlacementType,
    bool LongTerm, string? ReasonForChange, bool NewCarer, DateTimeOffset? SameCarerSince, DateTimeOffset? EndedAt,
    DateTimeOffset? StartedRecordedAt, DateTimeOffset? EndedRecordedAt);
