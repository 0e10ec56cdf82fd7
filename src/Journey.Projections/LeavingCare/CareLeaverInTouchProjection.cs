using JasperFx.Events;
using Journey.Domain.LeavingCare;
using Journey.Projections.Sets;
using Marten;
using Weasel.Postgresql;
using Weasel.Postgresql.Functions;
using Weasel.Postgresql.Tables;

namespace Journey.Projections.LeavingCare;

/// <summary>
/// journey.care_leaver_contacts (every care leaver contact with its OC3 facts, keyed by stream
/// version, with when each was first recorded) and the function care_leavers_in_touch_as_at(t), and
/// (t, as_recorded) for only what had been recorded by t: the SSDA903 OC3 return's question, one
/// row per care leaver and birthday from 17 to 21 reached by t, whether the authority was in touch
/// around that birthday, with the activity and accommodation of the contact nearest to it.
/// </summary>
public sealed class CareLeaverInTouchProjection : SetProjection
{
    public static readonly PostgresqlObjectName ContactsTable = new(JourneyStore.Schema, "care_leaver_contacts", SchemaUtils.IdentifierUsage.General);
    public static readonly string InTouchFunctionName = $"{JourneyStore.Schema}.care_leavers_in_touch_as_at";

    /// <summary>OC3 in-touch codes meaning the authority was in touch, as the adviser-contact chain counts them.</summary>
    public static readonly IReadOnlyList<string> InTouchCodes = ["YES", "RHOM"];

    public CareLeaverInTouchProjection()
    {
        Name = "CareLeaversInTouch";
        var table = new Table(ContactsTable);
        table.AddColumn("child_id", "text").AsPrimaryKey();
        table.AddColumn("version", "bigint").AsPrimaryKey();
        table.AddColumn("contacted_at", "timestamptz").NotNull();
        table.AddColumn("in_touch", "text").NotNull();
        table.AddColumn("activity", "text");
        table.AddColumn("accommodation", "text");
        table.AddColumn("accommodation_suitable", "boolean");
        // When the contact was first recorded (kept through corrections; nullable for rows made before it was kept).
        table.AddColumn("recorded_at", "timestamptz");
        SchemaObjects.Add(table);
        SchemaObjects.Add(InTouchAsAt());
    }

    /// <summary>
    /// The batch's contacts in at most two statements (decision 173): those withdrawn, then those made or corrected, one
    /// per contact, the last change in sequence order winning; a correction keeps the time the contact was first
    /// recorded, whether that row is stored or earlier in the batch.
    /// </summary>
    protected override void ApplyBatch(IDocumentOperations operations, IReadOnlyList<IEvent> events)
    {
        var contacts = new RowChanges<(string, long), ContactRow>((earlier, later) => later with { RecordedAt = earlier.RecordedAt });
        foreach (var (e, child, version, fact, withdrawn) in StepFact.Of(events))
        {
            if (fact is not CareLeaverContactMade contact) continue;
            if (withdrawn) contacts.Delete((child, version));
            else contacts.Upsert((child, version), new ContactRow(child, version, contact.OccurredAt.ToUniversalTime(), contact.InTouch,
                e.Timestamp.ToUniversalTime(), contact.Activity, contact.Accommodation, contact.AccommodationSuitable));
        }
        SetStatements.DeleteChildRows(operations, ContactsTable, "version", "bigint", contacts.Deletes);
        var rows = contacts.Upserts;
        if (rows.Count == 0) return;
        operations.QueueSqlCommand($"""
            INSERT INTO {ContactsTable.QualifiedName}
              (child_id, version, contacted_at, in_touch, recorded_at, activity, accommodation, accommodation_suitable)
            SELECT * FROM unnest(?::text[], ?::bigint[], ?::timestamptz[], ?::text[], ?::timestamptz[], ?::text[], ?::text[], ?::boolean[])
            ON CONFLICT (child_id, version) DO UPDATE SET
              contacted_at = excluded.contacted_at, in_touch = excluded.in_touch, activity = excluded.activity,
              accommodation = excluded.accommodation, accommodation_suitable = excluded.accommodation_suitable,
              recorded_at = coalesce({ContactsTable.QualifiedName}.recorded_at, excluded.recorded_at)
            """, rows.Select(r => r.Child).ToArray(), rows.Select(r => r.Version).ToArray(), rows.Select(r => r.ContactedAt).ToArray(),
            rows.Select(r => r.InTouch).ToArray(), rows.Select(r => r.RecordedAt).ToArray(), rows.Select(r => r.Activity).ToArray(),
            rows.Select(r => r.Accommodation).ToArray(), rows.Select(r => r.AccommodationSuitable).ToArray());
    }

    private sealed record ContactRow(string Child, long Version, DateTimeOffset ContactedAt, string InTouch, DateTimeOffset RecordedAt,
        string? Activity, string? Accommodation, bool? AccommodationSuitable);

    /// <summary>
    /// A young person is a care leaver on a birthday when they left a period of care on or after the
    /// leaving-care birthday (16) and by that birthday, and were not looked after on it. The ages
    /// reported (care-leaver-in-touch-age-from, -to: 17 to 21) and the window around the birthday
    /// (care-leaver-in-touch-before, -after: 3 months before to 1 month after) are the rulebook rows in
    /// force on the birthday. In touch: a contact in the window, by t, with an OC3 code of
    /// <see cref="InTouchCodes"/>; null while the window is still open without one. The contact
    /// reported is the in-touch one nearest the birthday, or failing one the nearest of any code.
    /// As recorded at t, a period of care counts once its entry had been recorded and has ended once
    /// its leaving had, a contact counts once recorded, and the date of birth is the one recorded by
    /// t: a contact in the window recorded only after it closed leaves the birthday not in touch until then.
    /// </summary>
    private static Function InTouchAsAt() => SqlFile.Function(typeof(CareLeaverInTouchProjection), "care_leavers_in_touch_as_at");
}
