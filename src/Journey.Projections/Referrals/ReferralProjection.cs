using JasperFx.Events;
using Journey.Domain.Corrections;
using Journey.Domain.FrontDoor;
using Journey.Projections.Sets;
using Marten;
using Weasel.Postgresql;
using Weasel.Postgresql.Functions;
using Weasel.Postgresql.Tables;
using Weasel.Postgresql.Views;

namespace Journey.Projections.Referrals;

/// <summary>
/// journey.referrals: every referral accepted (following corrections and withdrawals) with when it
/// was first recorded, and the view journey.referrals_with_rereferral marking a re-referral: one
/// within the rulebook's window (12 months by default) of the same child's previous referral. The
/// function referrals_as_at(t, as_recorded) gives the same rows for the referrals made by t and,
/// as recorded, recorded by t: a referral is a re-referral only once the previous one is known
/// (referrals_as_at(t) is the as-occurred view).
/// </summary>
public sealed class ReferralProjection : SetProjection
{
    public static readonly PostgresqlObjectName ReferralsTable = new(JourneyStore.Schema, "referrals", SchemaUtils.IdentifierUsage.General);
    public static readonly string WithRereferralView = $"{JourneyStore.Schema}.referrals_with_rereferral";
    public static readonly string AsAtFunction = $"{JourneyStore.Schema}.referrals_as_at";

    public ReferralProjection()
    {
        Name = "Referrals";
        var table = new Table(ReferralsTable);
        table.AddColumn("child_id", "text").AsPrimaryKey();
        table.AddColumn("referral_number", "integer").AsPrimaryKey();
        table.AddColumn("referred_at", "timestamptz").NotNull();
        table.AddColumn("primary_need", "text");
        table.AddColumn("no_further_action", "boolean").NotNull().DefaultValueByExpression("false");
        // When the referral was first recorded (kept through corrections; nullable for rows made before it was kept).
        table.AddColumn("recorded_at", "timestamptz");
        SchemaObjects.Add(table);
        // The view reads the function, so the function is created first.
        SchemaObjects.Add(AsAt());
        SchemaObjects.Add(WithRereferral());
    }

    /// <summary>
    /// referrals_as_at(as_at, as_recorded) (referrals_as_at.sql): each referral made by as_at and, as recorded,
    /// recorded by then, a re-referral when the same child had one within the rulebook's re-referral window (the
    /// row in force on the UK date referred) before: on or before the UK date that many months after the earlier
    /// referral's (its date day 0, decision 77); both the referral and the one before it must be known. The earlier
    /// referral is looked for in the table itself (its primary key's child_id), not in a list of the known ones, which
    /// PostgreSQL would build and scan once per referral.
    /// referrals_as_at(as_at), in the same file and schema object, is the as-occurred view: a function of its own
    /// rather than a default argument, as every as-at function's is, so that a database still holding only the
    /// one-argument function has no ambiguous call while it is replaced.
    /// </summary>
    private static Function AsAt() => SqlFile.Function(typeof(ReferralProjection), "referrals_as_at");

    /// <summary>The view referrals_with_rereferral (referrals_with_rereferral.sql): every referral, referrals_as_at at 'infinity', as occurred.</summary>
    private static View WithRereferral() => SqlFile.View(typeof(ReferralProjection), "referrals_with_rereferral");

    /// <summary>
    /// The batch's referrals in at most two statements: the referrals withdrawn, then those recorded or
    /// corrected, one per referral, the last change in sequence order winning; a correction keeps the time the
    /// referral was first recorded, whether that row is already stored or earlier in the batch.
    /// </summary>
    protected override void ApplyBatch(IDocumentOperations operations, IReadOnlyList<IEvent> events)
    {
        var rows = new RowChanges<(string, int), ReferralRow>((earlier, later) => later with { RecordedAt = earlier.RecordedAt });
        foreach (var e in events)
        {
            var child = e.StreamKey!;
            switch (e.Data)
            {
                case ReferralAccepted r: rows.Upsert((child, r.ReferralNumber), Row(child, r, e.Timestamp)); break;
                // A correction's own timestamp is when it was made; the row keeps its referral's first recorded time.
                case EventCorrected { Replacement: ReferralAccepted r }: rows.Upsert((child, r.ReferralNumber), Row(child, r, e.Timestamp)); break;
                case EventWithdrawn { Withdrawn: ReferralAccepted r }: rows.Delete((child, r.ReferralNumber)); break;
            }
        }
        SetStatements.DeleteChildRows(operations, ReferralsTable, "referral_number", "integer", rows.Deletes);
        Upsert(operations, rows.Upserts);
    }

    private sealed record ReferralRow(string Child, int Number, DateTimeOffset ReferredAt, bool NoFurtherAction, DateTimeOffset RecordedAt, string? PrimaryNeed);

    private static ReferralRow Row(string child, ReferralAccepted referral, DateTimeOffset recordedAt) =>
        new(child, referral.ReferralNumber, referral.OccurredAt.ToUniversalTime(), referral.NoFurtherAction, recordedAt.ToUniversalTime(), referral.PrimaryNeed);

    /// <summary>Records (or, correcting, replaces) referrals; the time each was first recorded stays.</summary>
    private static void Upsert(IDocumentOperations operations, IReadOnlyList<ReferralRow> rows)
    {
        if (rows.Count == 0) return;
        operations.QueueSqlCommand($"""
            INSERT INTO {ReferralsTable.QualifiedName} (child_id, referral_number, referred_at, no_further_action, recorded_at, primary_need)
            SELECT * FROM unnest(?::text[], ?::integer[], ?::timestamptz[], ?::boolean[], ?::timestamptz[], ?::text[])
            ON CONFLICT (child_id, referral_number) DO UPDATE
              SET referred_at = excluded.referred_at, no_further_action = excluded.no_further_action, primary_need = excluded.primary_need,
                  recorded_at = coalesce({ReferralsTable.QualifiedName}.recorded_at, excluded.recorded_at)
            """, rows.Select(r => r.Child).ToArray(), rows.Select(r => r.Number).ToArray(), rows.Select(r => r.ReferredAt).ToArray(),
            rows.Select(r => r.NoFurtherAction).ToArray(), rows.Select(r => r.RecordedAt).ToArray(), rows.Select(r => r.PrimaryNeed).ToArray());
    }
}
