using Journey.Api.Authorisation;
using Journey.Domain.Timescales;
using Journey.Projections.Referrals;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Npgsql;
using NpgsqlTypes;
using Wolverine.Http;

namespace Journey.Api.Referrals;

public sealed record ReferralRow(string ChildId, int ReferralNumber, DateTimeOffset ReferredAt, string? PrimaryNeed, bool NoFurtherAction,
    bool ReReferral, string RuleId);

public static class ReferralsEndpoint
{
    /// <summary>
    /// Referrals accepted, each marked as a re-referral when within the rulebook's window of the
    /// child's previous one. With asAt, the referrals made by the end of that UK day; with
    /// asRecorded, only those recorded by asAt (default now), so a referral is a re-referral only
    /// once the one before it had been recorded. Without either, every referral as known now.
    /// </summary>
    [WolverineGet("/api/referrals"), Tags("Measures"), EndpointSummary("Referrals, with re-referrals marked.")]
    [ProducesResponseType<ReferralRow[]>(200)]
    [Access(Rule.ReadRows)]
    public static async Task<IReadOnlyList<ReferralRow>> Get(IDocumentStore store, ReadScope scope, TimeProvider clock, CancellationToken cancellation,
        string? childId = null, DateOnly? from = null, DateOnly? to = null, DateOnly? asAt = null, bool asRecorded = false)
    {
        // No moment asked for and as occurred: every referral, however far ahead it is dated (the view's rows).
        DateTimeOffset? instant = asAt is { } day ? UkTime.EndOf(day) : asRecorded ? clock.GetUtcNow() : null;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand($"""
            SELECT child_id, referral_number, referred_at, primary_need, no_further_action, re_referral, rule_id
            FROM {ReferralProjection.AsAtFunction}(coalesce(@as_at, 'infinity'::timestamptz), @as_recorded)
            WHERE (@child::text IS NULL OR child_id = @child) AND {scope.Sql("child_id")}
              AND (@from::date IS NULL OR (referred_at AT TIME ZONE 'Europe/London')::date >= @from)
              AND (@to::date IS NULL OR (referred_at AT TIME ZONE 'Europe/London')::date <= @to)
            ORDER BY referred_at, child_id
            LIMIT 100000
            """, connection);
        command.Parameters.Add(new NpgsqlParameter("as_at", NpgsqlDbType.TimestampTz) { Value = (object?)instant?.ToUniversalTime() ?? DBNull.Value });
        command.Parameters.AddWithValue("as_recorded", asRecorded);
        command.Parameters.Add(new NpgsqlParameter("child", (object?)childId ?? DBNull.Value));
        command.Parameters.Add(new NpgsqlParameter("from", (object?)from ?? DBNull.Value));
        command.Parameters.Add(new NpgsqlParameter("to", (object?)to ?? DBNull.Value));
        scope.AddParameters(command);
        var rows = new List<ReferralRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
            rows.Add(new ReferralRow(reader.GetString(0), reader.GetInt32(1), reader.GetFieldValue<DateTimeOffset>(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetBoolean(4), reader.GetBoolean(5), reader.GetString(6)));
        return rows;
    }
}
