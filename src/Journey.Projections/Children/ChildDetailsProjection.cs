using JasperFx.Events;
using Journey.Domain.Children;
using Journey.Domain.LeavingCare;
using Journey.Domain.LookedAfter;
using Journey.Projections.Corrections;
using Marten;

namespace Journey.Projections.Children;

/// <summary>
/// journey.child_details and the view journey.children (see <see cref="ChildDetailsSchema"/>), and
/// the clocks that run from a child's birthday (see <see cref="AgeClockSchema"/>): the steps they
/// depend on are kept in journey.age_measure_steps, and the child's clocks are worked out again,
/// in the same transaction, whenever one of those steps is recorded, corrected or withdrawn.
/// </summary>
public sealed class ChildDetailsProjection : CorrectableEventProjection
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

    protected override void Apply(IDocumentOperations operations, IEvent e, string child, long version, object fact)
    {
        switch (fact)
        {
            case ChildDetailsRecorded d: Details(operations, e, child, version, d); break;
            case EnteredCare c: Step(operations, e, child, version, AgeClockSchema.EnteredCare, c.CareEpisodeNumber, c.OccurredAt); break;
            case LeftCare l: Step(operations, e, child, version, AgeClockSchema.LeftCare, l.CareEpisodeNumber, l.OccurredAt); break;
            case PersonalAdviserAllocated a: Step(operations, e, child, version, AgeClockSchema.PersonalAdviser, null, a.OccurredAt); break;
            case LeavingCareNeedsAssessed n: Step(operations, e, child, version, AgeClockSchema.NeedsAssessment, null, n.OccurredAt); break;
            default: return;
        }
        Refresh(operations, e, child);
    }

    protected override void Withdraw(IDocumentOperations operations, IEvent e, string child, long version, object fact)
    {
        switch (fact)
        {
            case ChildDetailsRecorded:
                operations.QueueSqlCommand($"DELETE FROM {ChildDetailsSchema.DetailsTable.QualifiedName} WHERE child_id = ? AND version = ?", child, version);
                break;
            case EnteredCare or LeftCare or PersonalAdviserAllocated or LeavingCareNeedsAssessed:
                operations.QueueSqlCommand($"DELETE FROM {AgeClockSchema.StepsTable.QualifiedName} WHERE child_id = ? AND version = ?", child, version);
                break;
            default: return;
        }
        Refresh(operations, e, child);
    }

    /// <summary>
    /// Records (or, for a correction, replaces) the details recorded at <paramref name="version"/>;
    /// a correction keeps the time the details were first recorded.
    /// </summary>
    private static void Details(IDocumentOperations operations, IEvent e, string child, long version, ChildDetailsRecorded details)
    {
        var values = new SqlValues(child, version).Add(details.DateOfBirth).Add(details.ExpectedDateOfBirth)
            .Add(details.Gender).Add(details.Ethnicity).Add(details.OccurredAt.ToUniversalTime()).Add(e.Timestamp.ToUniversalTime());
        operations.QueueSqlCommand($"""
            INSERT INTO {ChildDetailsSchema.DetailsTable.QualifiedName}
              (child_id, version, date_of_birth, expected_date_of_birth, gender, ethnicity, stated_at, recorded_at)
            VALUES ({values.Placeholders})
            ON CONFLICT (child_id, version) DO UPDATE SET
              date_of_birth = excluded.date_of_birth, expected_date_of_birth = excluded.expected_date_of_birth,
              gender = excluded.gender, ethnicity = excluded.ethnicity, stated_at = excluded.stated_at
            """, values.Parameters);
    }

    private static void Step(IDocumentOperations operations, IEvent e, string child, long version, string step, int? careEpisode, DateTimeOffset at)
    {
        var values = new SqlValues(child, version).Add(step).Add(careEpisode).Add(at.ToUniversalTime()).Add(e.Timestamp.ToUniversalTime());
        operations.QueueSqlCommand($"""
            INSERT INTO {AgeClockSchema.StepsTable.QualifiedName} (child_id, version, step, care_episode_number, occurred_at, recorded_at)
            VALUES ({values.Placeholders})
            ON CONFLICT (child_id, version) DO UPDATE SET
              step = excluded.step, care_episode_number = excluded.care_episode_number, occurred_at = excluded.occurred_at
            """, values.Parameters);
    }

    private static void Refresh(IDocumentOperations operations, IEvent e, string child) =>
        operations.QueueSqlCommand($"SELECT {AgeClockSchema.RefreshFunction}(?, ?)", child, e.Sequence);
}
