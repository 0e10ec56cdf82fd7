using JasperFx.Events;
using Journey.Domain.Corrections;
using Journey.Domain.FrontDoor;
using Journey.Projections.Reference;
using Journey.Projections.Reviews;
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
        SchemaObjects.Add(new View(WithRereferralView, WithRereferral(ReferralsTable.QualifiedName)));
        SchemaObjects.Add(AsAt());
    }

    /// <summary>
    /// Each referral of <paramref name="referrals"/> (a table or CTE with the referrals table's
    /// columns), a re-referral when the same child had one in it within the rulebook's re-referral
    /// window (the row in force on the UK date referred) before: on or before the UK date that many
    /// months after the earlier referral's (its date day 0, decision 77).
    /// </summary>
    private static string WithRereferral(string referrals) => $"""
            SELECT r.child_id, r.referral_number, r.referred_at, r.primary_need, r.no_further_action,
                   EXISTS (SELECT 1 FROM {referrals} p
                           WHERE p.child_id = r.child_id AND p.referred_at < r.referred_at
                             AND (r.referred_at AT TIME ZONE 'Europe/London')::date
                                 <= ((p.referred_at AT TIME ZONE 'Europe/London')::date + make_interval(months => rule.target))::date) AS re_referral,
                   rule.rule_id
            FROM {referrals} r
            CROSS JOIN LATERAL (SELECT t.rule_id, t.target FROM {ReferenceSchema.RulesTable.QualifiedName} t
                                WHERE t.measure = 're-referral' AND t.effective_from <= (r.referred_at AT TIME ZONE 'Europe/London')::date
                                ORDER BY t.effective_from DESC LIMIT 1) rule
            """;

    /// <summary>
    /// referrals_as_at(as_at, as_recorded): the view's rows for the referrals made by as_at and, as
    /// recorded, recorded by then; both the referral and the one before it that makes it a
    /// re-referral must be known. referrals_as_at(as_at) is the as-occurred view.
    /// </summary>
    private static Function AsAt()
    {
        const string columns = """
            child_id text, referral_number integer, referred_at timestamptz, primary_need text, no_further_action boolean,
                           re_referral boolean, rule_id text
            """;
        return Function.ForSql($$"""
            CREATE OR REPLACE FUNCTION {{AsAtFunction}}(as_at timestamptz, as_recorded boolean)
            RETURNS TABLE ({{columns}})
            LANGUAGE sql STABLE AS $fn$
              WITH known AS (
                SELECT k.* FROM {{ReferralsTable.QualifiedName}} k
                WHERE k.referred_at <= as_at AND {{ReviewChainSchema.Known("k.recorded_at")}}
              )
              {{WithRereferral("known")}}
            $fn$;
            {{ReviewChainSchema.AsOccurred(AsAtFunction, columns)}}
            """);
    }

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
