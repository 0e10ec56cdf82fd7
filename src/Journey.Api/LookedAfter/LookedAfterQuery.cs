using System.Reflection;
using Journey.Api.Authorisation;
using Journey.Api.Hosting;
using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Timescales;
using Journey.Projections.Allocations;
using Marten;
using Npgsql;

namespace Journey.Api.LookedAfter;

/// <summary>
/// What the looked-after measure endpoints share: the as-at instant (a date means the end of that UK
/// day), the current allocation for team and worker filters, a status check, and CSV written from
/// a row record with its properties as snake_case columns (the SQL names).
/// </summary>
public static class LookedAfterQuery
{
    public static readonly IReadOnlyList<string> ChainStatuses = ["met", "late", "open-in-time", "open-overdue", "no-rule"];

    public static DateTimeOffset Instant(DateOnly? asAt, TimeProvider clock) => (asAt is { } day ? UkTime.EndOf(day) : clock.GetUtcNow()).ToUniversalTime();

    /// <summary>The join that gives each row the team and worker holding the case now (none when unallocated).</summary>
    public static string AllocationJoin(string alias) =>
        $"LEFT JOIN {AllocationProjection.CurrentView} a ON a.child_id = {alias}.child_id";

    public const string AllocationFilter = "(@team::text IS NULL OR a.team = @team) AND (@worker::text IS NULL OR a.worker = @worker)";

    public static void AddFilters(NpgsqlCommand command, string? childId, string? team, string? worker)
    {
        command.Parameters.Add(new NpgsqlParameter("child", (object?)childId ?? DBNull.Value));
        command.Parameters.Add(new NpgsqlParameter("team", (object?)team ?? DBNull.Value));
        command.Parameters.Add(new NpgsqlParameter("worker", (object?)worker ?? DBNull.Value));
    }

    /// <summary>A 400 naming the unknown status, or null when the status is absent or known.</summary>
    public static IResult? StatusProblem(string? status, IReadOnlyList<string> known)
    {
        if (status is null || known.Contains(status)) return null;
        var violation = new RuleViolation("status", "known-status", $"status '{status}' is not one of {string.Join(", ", known)}.");
        return JourneyProblems.InvalidQuery("The query is not valid.", [violation]);
    }

    /// <summary>Runs <paramref name="sql"/>, which filters its rows by <c>scope.Sql(...)</c>, with the scope's parameters.</summary>
    public static async Task<List<T>> Read<T>(IDocumentStore store, ReadScope scope, string sql, Action<NpgsqlCommand> parameters,
        Func<NpgsqlDataReader, T> row, CancellationToken cancellation)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(sql, connection);
        parameters(command);
        scope.AddParameters(command);
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation)) rows.Add(row(reader));
        return rows;
    }

    public static T? Nullable<T>(this NpgsqlDataReader reader, int ordinal) where T : struct =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<T>(ordinal);

    public static string? NullableString(this NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>Rows as CSV through the one CSV writer: a column per property, numbers, dates and flags as values, the rest as text.</summary>
    public static IResult Csv<T>(IEnumerable<T> rows)
    {
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance);
        return CsvText.Result(string.Join(',', properties.Select(p => SnakeCase(p.Name))), rows, row => properties.Select(p => CsvText.Of(p.GetValue(row))));
    }

    private static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

}
