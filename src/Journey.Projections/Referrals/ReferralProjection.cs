using Journey.Domain.FrontDoor;
using Journey.Projections.Reference;
using Journey.Projections.Corrections;
using Marten;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;
using Weasel.Postgresql.Views;

namespace Journey.Projections.Referrals;

/// <summary>
/// journey.referrals: every referral accepted (following corrections and withdrawals), and the view
/// journey.referrals_with_rereferral marking a re-referral: one within the rulebook's window (12
/// months by default) of the same child's previous referral.
/// </summary>
public sealed class ReferralProjection : CorrectableEventProjection
{
    public static readonly PostgresqlObjectName ReferralsTable = new(JourneyStore.Schema, "referrals", SchemaUtils.IdentifierUsage.General);
    public static readonly string WithRereferralView = $"{JourneyStore.Schema}.referrals_with_rereferral";

    public ReferralProjection()
    {
        Name = "Referrals";
        var table = new Table(ReferralsTable);
        table.AddColumn("child_id", "text").AsPrimaryKey();
        table.AddColumn("referral_number", "integer").AsPrimaryKey();
        table.AddColumn("referred_at", "timestamptz").NotNull();
        table.AddColumn("primary_need", "text");
        table.AddColumn("no_further_action", "boolean").NotNull().DefaultValueByExpression("false");
        SchemaObjects.Add(table);
        SchemaObjects.Add(new View(WithRereferralView, $"""
            SELECT r.child_id, r.referral_number, r.referred_at, r.primary_need, r.no_further_action,
                   EXISTS (SELECT 1 FROM {ReferralsTable.QualifiedName} p
                           WHERE p.child_id = r.child_id AND p.referred_at < r.referred_at
                             AND p.referred_at >= r.referred_at - make_interval(months => rule.target)) AS re_referral,
                   rule.rule_id
            FROM {ReferralsTable.QualifiedName} r
            CROSS JOIN LATERAL (SELECT t.rule_id, t.target FROM {ReferenceSchema.RulesTable.QualifiedName} t
                                WHERE t.measure = 're-referral' AND t.effective_from <= (r.referred_at AT TIME ZONE 'Europe/London')::date
                                ORDER BY t.effective_from DESC LIMIT 1) rule
            """));
    }

    protected override void Apply(IDocumentOperations operations, string child, long version, DateTimeOffset recordedAt, object fact)
    {
        if (fact is ReferralAccepted referral) Upsert(operations, child, referral);
    }

    protected override void Withdraw(IDocumentOperations operations, string child, long version, object fact)
    {
        if (fact is ReferralAccepted referral)
            operations.QueueSqlCommand($"DELETE FROM {ReferralsTable.QualifiedName} WHERE child_id = ? AND referral_number = ?", child, referral.ReferralNumber);
    }

    private static void Upsert(IDocumentOperations operations, string child, ReferralAccepted referral)
    {
        // A primary need is optional: leave it out of the statement rather than bind a typeless null.
        var need = referral.PrimaryNeed is null ? "NULL" : "?";
        object[] values = referral.PrimaryNeed is null
            ? [child, referral.ReferralNumber, referral.OccurredAt.ToUniversalTime(), referral.NoFurtherAction]
            : [child, referral.ReferralNumber, referral.OccurredAt.ToUniversalTime(), referral.NoFurtherAction, referral.PrimaryNeed];
        operations.QueueSqlCommand($"""
            INSERT INTO {ReferralsTable.QualifiedName} (child_id, referral_number, referred_at, no_further_action, primary_need)
            VALUES (?, ?, ?, ?, {need})
            ON CONFLICT (child_id, referral_number) DO UPDATE
              SET referred_at = excluded.referred_at, no_further_action = excluded.no_further_action, primary_need = excluded.primary_need
            """, values);
    }
}
