using JasperFx.Events;
using Journey.Domain.Children;
using Journey.Domain.LeavingCare;
using Journey.Domain.LookedAfter;
using Journey.Projections.Sets;
using Marten;

namespace Journey.Projections.Children;

/// <summary>
/// journey.child_details and the view journey.children (see <see cref="ChildDetailsSchema"/>), and
/// the clocks that run from a child's birthday (see <see cref="AgeClockSchema"/>): the steps they
/// depend on are kept in journey.age_measure_steps, and the child's clocks are worked out again,
/// in the same transaction, whenever one of those steps is recorded, corrected or withdrawn.
/// Written in sets (decision 171): a batch's details and steps in at most one delete and one upsert
/// each, then each child's age clocks worked out once, in one statement for the batch's children.
/// </summary>
public sealed class ChildDetailsProjection : SetProjection
{
    public ChildDetailsProjection()
    {
        Name = "ChildDetails";
        SchemaObjects.Add(ChildDetailsSchema.Details());
        SchemaObjects.Add(ChildDetailsSchema.ChildrenAsRecorded());
        SchemaObjects.Add(ChildDetailsSchema.Children());
        SchemaObjects.Add(ChildDetailsSchema.DateAtAge());
        SchemaObjects.Add(ChildDetailsSchema.AgeInYears());
        SchemaObjects.Add(ChildDetailsSchema.BirthdayByRule());
        SchemaObjects.Add(AgeClockSchema.Steps());
        SchemaObjects.Add(AgeClockSchema.Refresh());
    }

    /// <summary>
    /// The batch in sequence order: details recorded or corrected (a correction keeps the time the details were first
    /// recorded, whether that row is stored or earlier in the batch) or withdrawn, and likewise the steps the age clocks
    /// read. refresh_age_clocks works a child's clocks out afresh from the rows as they stand, so running it once after
    /// the batch's rows are written, with the sequence of the child's last event that changed them, gives the rows it
    /// gave run after each such event: nothing later in the batch changes what it reads.
    /// </summary>
    protected override void ApplyBatch(IDocumentOperations operations, IReadOnlyList<IEvent> events)
    {
        var details = new RowChanges<(string, long), DetailsRow>((earlier, later) => later with { RecordedAt = earlier.RecordedAt });
        var steps = new RowChanges<(string, long), StepRow>((earlier, later) => later with { RecordedAt = earlier.RecordedAt });
        var refresh = new Dictionary<string, long>();
        foreach (var (e, child, version, fact, withdrawn) in StepFact.Of(events))
        {
            var key = (child, version);
            switch (fact)
            {
                case ChildDetailsRecorded when withdrawn: details.Delete(key); break;
                case ChildDetailsRecorded d:
                    details.Upsert(key, new DetailsRow(child, version, d.DateOfBirth, d.ExpectedDateOfBirth, d.Gender, d.Ethnicity,
                        d.OccurredAt.ToUniversalTime(), e.Timestamp.ToUniversalTime()));
                    break;
                case EnteredCare or LeftCare or PersonalAdviserAllocated or LeavingCareNeedsAssessed when withdrawn: steps.Delete(key); break;
                case EnteredCare c: steps.Upsert(key, Step(e, child, version, AgeClockSchema.EnteredCare, c.CareEpisodeNumber, c.OccurredAt)); break;
                case LeftCare l: steps.Upsert(key, Step(e, child, version, AgeClockSchema.LeftCare, l.CareEpisodeNumber, l.OccurredAt)); break;
                case PersonalAdviserAllocated a: steps.Upsert(key, Step(e, child, version, AgeClockSchema.PersonalAdviser, null, a.OccurredAt)); break;
                case LeavingCareNeedsAssessed n: steps.Upsert(key, Step(e, child, version, AgeClockSchema.NeedsAssessment, null, n.OccurredAt)); break;
                default: continue;
            }
            refresh[child] = e.Sequence;
        }
        WriteDetails(operations, details);
        WriteSteps(operations, steps);
        if (refresh.Count == 0) return;
        operations.QueueSqlCommand($"SELECT {AgeClockSchema.RefreshFunction}(r.child, r.sequence) FROM unnest(?::text[], ?::bigint[]) AS r(child, sequence)",
            refresh.Keys.ToArray(), refresh.Values.ToArray());
    }

    private sealed record DetailsRow(string Child, long Version, DateOnly? DateOfBirth, DateOnly? ExpectedDateOfBirth, string Gender, string Ethnicity,
        DateTimeOffset StatedAt, DateTimeOffset RecordedAt);

    private sealed record StepRow(string Child, long Version, string Step, int? CareEpisode, DateTimeOffset OccurredAt, DateTimeOffset RecordedAt);

    private static StepRow Step(IEvent e, string child, long version, string step, int? careEpisode, DateTimeOffset at) =>
        new(child, version, step, careEpisode, at.ToUniversalTime(), e.Timestamp.ToUniversalTime());

    /// <summary>Records (or, for a correction, replaces) details; the time they were first recorded stays.</summary>
    private static void WriteDetails(IDocumentOperations operations, RowChanges<(string, long), DetailsRow> changes)
    {
        SetStatements.DeleteChildRows(operations, ChildDetailsSchema.DetailsTable, "version", "bigint", changes.Deletes);
        var rows = changes.Upserts;
        if (rows.Count == 0) return;
        operations.QueueSqlCommand($"""
            INSERT INTO {ChildDetailsSchema.DetailsTable.QualifiedName}
              (child_id, version, date_of_birth, expected_date_of_birth, gender, ethnicity, stated_at, recorded_at)
            SELECT * FROM unnest(?::text[], ?::bigint[], ?::date[], ?::date[], ?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[])
            ON CONFLICT (child_id, version) DO UPDATE SET
              date_of_birth = excluded.date_of_birth, expected_date_of_birth = excluded.expected_date_of_birth,
              gender = excluded.gender, ethnicity = excluded.ethnicity, stated_at = excluded.stated_at
            """, rows.Select(r => r.Child).ToArray(), rows.Select(r => r.Version).ToArray(), rows.Select(r => r.DateOfBirth).ToArray(),
            rows.Select(r => r.ExpectedDateOfBirth).ToArray(), rows.Select(r => r.Gender).ToArray(), rows.Select(r => r.Ethnicity).ToArray(),
            rows.Select(r => r.StatedAt).ToArray(), rows.Select(r => r.RecordedAt).ToArray());
    }

    /// <summary>Records (or, for a correction, replaces) the steps the age clocks read; the time each was first recorded stays.</summary>
    private static void WriteSteps(IDocumentOperations operations, RowChanges<(string, long), StepRow> changes)
    {
        SetStatements.DeleteChildRows(operations, AgeClockSchema.StepsTable, "version", "bigint", changes.Deletes);
        var rows = changes.Upserts;
        if (rows.Count == 0) return;
        operations.QueueSqlCommand($"""
            INSERT INTO {AgeClockSchema.StepsTable.QualifiedName} (child_id, version, step, care_episode_number, occurred_at, recorded_at)
            SELECT * FROM unnest(?::text[], ?::bigint[], ?::text[], ?::integer[], ?::timestamptz[], ?::timestamptz[])
            ON CONFLICT (child_id, version) DO UPDATE SET
              step = excluded.step, care_episode_number = excluded.care_episode_number, occurred_at = excluded.occurred_at
            """, rows.Select(r => r.Child).ToArray(), rows.Select(r => r.Version).ToArray(), rows.Select(r => r.Step).ToArray(),
            rows.Select(r => r.CareEpisode).ToArray(), rows.Select(r => r.OccurredAt).ToArray(), rows.Select(r => r.RecordedAt).ToArray());
    }
}
