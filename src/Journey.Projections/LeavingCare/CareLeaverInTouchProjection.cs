using JasperFx.Events;
using Journey.Domain.LeavingCare;
using Journey.Projections.Children;
using Journey.Projections.LookedAfter;
using Journey.Projections.Reference;
using Journey.Projections.Reviews;
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
    private static Function InTouchAsAt()
    {
        var rules = ReferenceSchema.RulesTable.QualifiedName;
        var inTouch = string.Join(", ", InTouchCodes.Select(c => $"'{c}'"));
        string Rule(string measure) => $"""
            (SELECT t.target FROM {rules} t WHERE t.measure = '{measure}' AND t.effective_from <= b.birthday
             ORDER BY t.effective_from DESC LIMIT 1)
            """;
        const string columns = """
            child_id text, age integer, birthday date, window_from date, window_to date, in_touch boolean,
                           in_touch_code text, activity text, accommodation text, accommodation_suitable boolean, contacted_at timestamptz
            """;
        var known = ReviewChainSchema.Known;
        return JourneyFunction.ForSql($$"""
            CREATE OR REPLACE FUNCTION {{InTouchFunctionName}}(as_at timestamptz, as_recorded boolean)
            RETURNS TABLE ({{columns}})
            LANGUAGE sql STABLE AS $fn$
              WITH period AS (
                SELECT e.child_id, (e.entered_at AT TIME ZONE 'Europe/London')::date AS entered_on,
                       CASE WHEN e.left_at <= as_at AND {{known("e.ended_recorded_at")}} THEN (e.left_at AT TIME ZONE 'Europe/London')::date END AS left_on
                FROM {{LookedAfterReviewProjection.EpisodesTable.QualifiedName}} e
                WHERE e.entered_at <= as_at AND {{known("e.started_recorded_at")}}
              ), birthday AS (
                SELECT c.child_id, m.months, {{ChildDetailsSchema.DateAtAgeFunction}}(c.date_of_birth, m.months) AS birthday,
                       {{ChildDetailsSchema.BirthdayByRuleFunction}}(c.date_of_birth, '{{AgeClockSchema.LeavingCareAge}}') AS leaving_care_from
                FROM {{ChildDetailsSchema.ChildrenAsRecordedFunction}}(CASE WHEN as_recorded THEN as_at ELSE 'infinity' END) c
                CROSS JOIN generate_series(12, (SELECT max(t.target) FROM {{rules}} t WHERE t.measure = 'care-leaver-in-touch-age-to'), 12) m (months)
                WHERE c.date_of_birth IS NOT NULL
              ), reported AS (
                SELECT b.child_id, b.months / 12 AS age, b.birthday,
                       (b.birthday - make_interval(months => {{Rule("care-leaver-in-touch-before")}}))::date AS window_from,
                       (b.birthday + make_interval(months => {{Rule("care-leaver-in-touch-after")}}))::date AS window_to
                FROM birthday b
                WHERE b.birthday <= (as_at AT TIME ZONE 'Europe/London')::date
                  AND b.months BETWEEN {{Rule("care-leaver-in-touch-age-from")}} AND {{Rule("care-leaver-in-touch-age-to")}}
                  AND EXISTS (SELECT 1 FROM period p WHERE p.child_id = b.child_id AND p.left_on BETWEEN b.leaving_care_from AND b.birthday)
                  AND NOT EXISTS (SELECT 1 FROM period p WHERE p.child_id = b.child_id AND p.entered_on <= b.birthday
                                                          AND (p.left_on IS NULL OR p.left_on > b.birthday))
              )
              SELECT r.child_id, r.age, r.birthday, r.window_from, r.window_to,
                     CASE WHEN n.in_touch IN ({{inTouch}}) THEN true
                          WHEN r.window_to < (as_at AT TIME ZONE 'Europe/London')::date THEN false END,
                     n.in_touch, n.activity, n.accommodation, n.accommodation_suitable, n.contacted_at
              FROM reported r
              LEFT JOIN LATERAL (
                SELECT k.in_touch, k.activity, k.accommodation, k.accommodation_suitable, k.contacted_at
                FROM {{ContactsTable.QualifiedName}} k
                WHERE k.child_id = r.child_id AND k.contacted_at <= as_at AND {{known("k.recorded_at")}}
                  AND (k.contacted_at AT TIME ZONE 'Europe/London')::date BETWEEN r.window_from AND r.window_to
                ORDER BY k.in_touch IN ({{inTouch}}) DESC,
                         abs((k.contacted_at AT TIME ZONE 'Europe/London')::date - r.birthday), k.contacted_at
                LIMIT 1) n ON true
            $fn$;
            {{ReviewChainSchema.AsOccurred(InTouchFunctionName, columns)}}
            """);
    }
}
