using Journey.Api.Authorisation;
using Journey.Api.Hosting;
using Journey.Domain.Timescales;
using Journey.Projections.PreProceedings;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Npgsql;
using NpgsqlTypes;
using Wolverine.Http;

namespace Journey.Api.PreProceedings;

/// <summary>One pre-proceedings episode as it stood at the query's moment (journey.pre_proceedings_as_at).</summary>
public sealed record PreProceedingsRow(
    string ChildId,
    int PreProceedingsNumber,
    DateTimeOffset EnteredAt,
    DateTimeOffset? ConcludedAt,
    int DurationDays,
    DateTimeOffset? LetterSentAt,
    DateTimeOffset? FirstMeetingAt,
    int? LetterToMeetingDays,
    int ReviewMeetings,
    string? LetterToMeetingRuleId,
    DateOnly? LetterToMeetingDueDate,
    string? LetterToMeetingStatus,
    string? DriftRuleId,
    DateOnly? DriftDueDate,
    string? DriftStatus);

public static class PreProceedingsEndpoint
{
    private const string CsvHeader = "child_id,pre_proceedings_number,entered_at,concluded_at,duration_days,letter_sent_at,first_meeting_at," +
                                     "letter_to_meeting_days,review_meetings,letter_to_meeting_rule_id,letter_to_meeting_due_date,letter_to_meeting_status," +
                                     "drift_rule_id,drift_due_date,drift_status";

    /// <summary>
    /// Each pre-proceedings episode as it stood at asAt (default now): days from the decision to
    /// enter to the conclusion (or to asAt while open), the letter before proceedings, the first
    /// meeting and the days between them, review meetings held, and the 16-week drift clock. With
    /// asRecorded, only what had been recorded by asAt: a conclusion, letter or meeting counts once
    /// recorded, and the drift clock is as /api/measures shows it as recorded.
    /// </summary>
    [WolverineGet("/api/pre-proceedings"), Tags("Measures"), EndpointSummary("Pre-proceedings episodes: duration, letter to first meeting, drift.")]
    [ProducesResponseType<PreProceedingsRow[]>(200)]
    [Access(Rule.ReadRows)]
    public static async Task<IResult> Get(IDocumentStore store, ReadScope scope, TimeProvider clock, CancellationToken cancellation,
        string? childId = null, DateOnly? from = null, DateOnly? to = null, DateOnly? asAt = null, bool asRecorded = false) =>
        Results.Ok(await Read(store, scope, clock, childId, from, to, asAt, asRecorded, cancellation));

    [WolverineGet("/api/pre-proceedings.csv"), Tags("Measures"), EndpointSummary("The same pre-proceedings episodes as CSV.")]
    [ProducesResponseType<string>(200, "text/csv")]
    [Access(Rule.ReadRows)]
    public static async Task<IResult> GetCsv(IDocumentStore store, ReadScope scope, TimeProvider clock, CancellationToken cancellation,
        string? childId = null, DateOnly? from = null, DateOnly? to = null, DateOnly? asAt = null, bool asRecorded = false) =>
        CsvText.Result(CsvHeader, await Read(store, scope, clock, childId, from, to, asAt, asRecorded, cancellation), r =>
        [
            r.ChildId, CsvText.Number(r.PreProceedingsNumber), CsvText.Instant(r.EnteredAt), CsvText.Instant(r.ConcludedAt),
            CsvText.Number(r.DurationDays), CsvText.Instant(r.LetterSentAt), CsvText.Instant(r.FirstMeetingAt),
            CsvText.Number(r.LetterToMeetingDays), CsvText.Number(r.ReviewMeetings), r.LetterToMeetingRuleId ?? "",
            CsvText.Date(r.LetterToMeetingDueDate), r.LetterToMeetingStatus ?? "", r.DriftRuleId ?? "", CsvText.Date(r.DriftDueDate), r.DriftStatus ?? ""
        ]);

    /// <summary>The period (from/to, inclusive UK dates) applies to the date pre-proceedings were entered.</summary>
    private static async Task<IReadOnlyList<PreProceedingsRow>> Read(IDocumentStore store, ReadScope scope, TimeProvider clock, string? childId,
        DateOnly? from, DateOnly? to, DateOnly? asAt, bool asRecorded, CancellationToken cancellation)
    {
        var instant = asAt is { } day ? UkTime.EndOf(day) : clock.GetUtcNow();
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand($"""
            SELECT child_id, pre_proceedings_number, entered_at, concluded_at, duration_days, letter_sent_at, first_meeting_at,
                   letter_to_meeting_days, review_meetings, letter_to_meeting_rule_id, letter_to_meeting_due_date, letter_to_meeting_status,
                   drift_rule_id, drift_due_date, drift_status
            FROM {PreProceedingsSummary.AsAtFunctionName}(@as_at, @as_recorded)
            WHERE (@child::text IS NULL OR child_id = @child) AND {scope.Sql("child_id")}
              AND (@from::date IS NULL OR (entered_at AT TIME ZONE 'Europe/London')::date >= @from)
              AND (@to::date IS NULL OR (entered_at AT TIME ZONE 'Europe/London')::date <= @to)
            ORDER BY entered_at, child_id, pre_proceedings_number
            LIMIT 100000
            """, connection);
        command.Parameters.AddWithValue("as_at", instant.ToUniversalTime());
        command.Parameters.AddWithValue("as_recorded", asRecorded);
        command.Parameters.Add(new NpgsqlParameter("child", NpgsqlDbType.Text) { Value = (object?)childId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("from", NpgsqlDbType.Date) { Value = (object?)from ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("to", NpgsqlDbType.Date) { Value = (object?)to ?? DBNull.Value });
        scope.AddParameters(command);
        var rows = new List<PreProceedingsRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
            rows.Add(new PreProceedingsRow(reader.GetString(0), reader.GetInt32(1), reader.GetFieldValue<DateTimeOffset>(2),
                Value<DateTimeOffset>(reader, 3), reader.GetInt32(4), Value<DateTimeOffset>(reader, 5), Value<DateTimeOffset>(reader, 6),
                Value<int>(reader, 7), reader.GetInt32(8), Text(reader, 9), Value<DateOnly>(reader, 10), Text(reader, 11),
                Text(reader, 12), Value<DateOnly>(reader, 13), Text(reader, 14)));
        return rows;
    }

    private static T? Value<T>(NpgsqlDataReader reader, int ordinal) where T : struct =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<T>(ordinal);

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
