using Journey.Api.Authorisation;
using Journey.Api.Hosting;
using Journey.Domain.Timescales;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Npgsql;
using Wolverine.Http;

namespace Journey.Api.LeavingCare;

/// <summary>One care leaver's birthday (17 to 21) and whether the authority was in touch around it (SSDA903 OC3).</summary>
public sealed record CareLeaverInTouchRow(
    string ChildId,
    int Age,
    DateOnly Birthday,
    DateOnly? WindowFrom,
    DateOnly? WindowTo,
    bool? InTouch,
    string? InTouchCode,
    string? Activity,
    string? Accommodation,
    bool? AccommodationSuitable,
    DateTimeOffset? ContactedAt);

public static class CareLeaversInTouchEndpoint
{
    public const string CsvHeader =
        "child_id,age,birthday,window_from,window_to,in_touch,in_touch_code,activity,accommodation,accommodation_suitable,contacted_at";

    /// <summary>
    /// Care leavers aged 17 to 21 by birthday, as they stood at asAt (default now): whether the
    /// authority was in touch from 3 months before to 1 month after each birthday (inTouch null while
    /// that window is still open without a contact in touch), with the OC3 code, activity and
    /// accommodation of the contact nearest the birthday. from and to filter the birthdays (inclusive).
    /// With asRecorded, only what had been recorded by asAt: a contact, leaving care and the date of
    /// birth count once recorded.
    /// </summary>
    [WolverineGet("/api/care-leavers/in-touch"), Tags("Measures"), EndpointSummary("Care leavers in touch around their 17th to 21st birthdays (SSDA903 OC3).")]
    [ProducesResponseType<CareLeaverInTouchRow[]>(200), ProducesResponseType<ProblemDetails>(403)]
    [Access(Rule.ReadRows)]
    public static async Task<IResult> Get(IDocumentStore store, ReadScope scope, TimeProvider clock, CancellationToken cancellation,
        string? childId = null, DateOnly? asAt = null, DateOnly? from = null, DateOnly? to = null, bool asRecorded = false) =>
        BirthdayFilterRefused(scope, from, to) ?? Results.Ok(await Read(store, scope, clock, childId, asAt, asRecorded, from, to, cancellation));

    [WolverineGet("/api/care-leavers/in-touch.csv"), Tags("Measures"), EndpointSummary("The same care leaver rows as CSV, for the OC3 return.")]
    [ProducesResponseType<string>(200, "text/csv"), ProducesResponseType<ProblemDetails>(403)]
    [Access(Rule.ReadRows)]
    public static async Task<IResult> GetCsv(IDocumentStore store, ReadScope scope, TimeProvider clock, CancellationToken cancellation,
        string? childId = null, DateOnly? asAt = null, DateOnly? from = null, DateOnly? to = null, bool asRecorded = false)
    {
        if (BirthdayFilterRefused(scope, from, to) is { } refused) return refused;
        return CsvText.Result(CsvHeader, await Read(store, scope, clock, childId, asAt, asRecorded, from, to, cancellation), r =>
        [
            r.ChildId, CsvText.Number(r.Age), CsvText.Date(r.Birthday), CsvText.Date(r.WindowFrom), CsvText.Date(r.WindowTo),
            CsvText.Flag(r.InTouch), r.InTouchCode, r.Activity, r.Accommodation, CsvText.Flag(r.AccommodationSuitable), CsvText.Instant(r.ContactedAt),
        ]);
    }

    /// <summary>
    /// from and to pick care leavers by birthday, so an analyst, who sees an age instead (decision 51), may not give
    /// them: a day's range would name the children born on it (decision 63).
    /// </summary>
    private static IResult? BirthdayFilterRefused(ReadScope scope, DateOnly? from, DateOnly? to) =>
        scope.IsPseudonymised && (from is not null || to is not null)
            ? PseudonymisingMiddleware.Refusal("Analysts see care leavers' ages, not their birthdays, and may not filter by birthday (from, to).")
            : null;

    private static async Task<IReadOnlyList<CareLeaverInTouchRow>> Read(IDocumentStore store, ReadScope scope, TimeProvider clock, string? childId, DateOnly? asAt,
        bool asRecorded, DateOnly? from, DateOnly? to, CancellationToken cancellation)
    {
        var instant = asAt is { } day ? UkTime.EndOf(day) : clock.GetUtcNow();
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        return await CareLeaversInTouchQuery.Read(connection, instant, asRecorded, $"""
            (@child::text IS NULL OR child_id = @child) AND {scope.Sql("child_id")}
              AND (@from::date IS NULL OR birthday >= @from)
              AND (@to::date IS NULL OR birthday <= @to)
            """, scope.IsPseudonymised ? "age, child_id" : "birthday, child_id", command =>
        {
            command.Parameters.Add(new NpgsqlParameter("child", (object?)childId ?? DBNull.Value));
            command.Parameters.Add(new NpgsqlParameter("from", (object?)from ?? DBNull.Value));
            command.Parameters.Add(new NpgsqlParameter("to", (object?)to ?? DBNull.Value));
            scope.AddParameters(command);
        }, cancellation);
    }
}
