using System.Text.Json;
using System.Text.Json.Serialization;
using Marten;
using Weasel.Postgresql;

namespace Journey.Projections.Sets;

/// <summary>The set statements several projections share word for word.</summary>
public static class SetStatements
{
    private static readonly JsonSerializerOptions RowJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new UtcInstants() },
    };

    /// <summary>
    /// The rows of <paramref name="table"/> held for <paramref name="children"/> (and meeting <paramref name="also"/>, a
    /// condition on the row <c>r</c> with its own <paramref name="parameters"/>), each as PostgreSQL's row_to_json writes
    /// it, read into <typeparamref name="TRow"/> (snake_case columns to its properties; each instant in UTC, as the
    /// projections write them, whatever the session's time zone wrote). Read through the session: its
    /// connection, and its transaction when it has begun one, so a batch that reads before it writes sees what was
    /// committed, and its own transaction wrote, before it (decision 155).
    /// </summary>
    public static async Task<IReadOnlyList<TRow>> ChildRows<TRow>(IDocumentOperations operations, PostgresqlObjectName table,
        IReadOnlyCollection<string> children, CancellationToken cancellation, string also = "true", params object[] parameters)
    {
        var json = await operations.AdvancedSql.QueryAsync<string>(
            $"SELECT row_to_json(r)::text FROM {table.QualifiedName} r WHERE r.child_id = ANY(?) AND ({also})", cancellation,
            [children.ToArray(), .. parameters]);
        return json.Select(j => JsonSerializer.Deserialize<TRow>(j, RowJson)!).ToList();
    }

    /// <summary>
    /// What a fold changed: the keys of <paramref name="before"/> (the rows read) that <paramref name="after"/> (the rows
    /// folded) no longer holds, to delete, and the rows of <paramref name="after"/> that are new or differ (record
    /// equality), to upsert whole.
    /// </summary>
    public static (IReadOnlyList<TKey> Removed, IReadOnlyList<TRow> Changed) Difference<TKey, TRow>(IReadOnlyDictionary<TKey, TRow> before,
        IReadOnlyDictionary<TKey, TRow> after) where TKey : notnull =>
        (before.Keys.Where(k => !after.ContainsKey(k)).ToList(),
         after.Where(a => !before.TryGetValue(a.Key, out var was) || !Equals(was, a.Value)).Select(a => a.Value).ToList());

    /// <summary>
    /// Deletes, in one statement, the rows of <paramref name="table"/> keyed by child and <paramref name="keyColumn"/>
    /// (of PostgreSQL type <paramref name="keyType"/>) named in <paramref name="keys"/>.
    /// </summary>
    public static void DeleteChildRows<TKey>(IDocumentOperations operations, PostgresqlObjectName table, string keyColumn, string keyType,
        IReadOnlyList<(string Child, TKey Key)> keys)
    {
        if (keys.Count == 0) return;
        operations.QueueSqlCommand($"""
            DELETE FROM {table.QualifiedName} t USING unnest(?::text[], ?::{keyType}[]) AS d(child_id, {keyColumn})
             WHERE t.child_id = d.child_id AND t.{keyColumn} = d.{keyColumn}
            """, keys.Select(k => k.Child).ToArray(), keys.Select(k => k.Key).ToArray());
    }

    /// <summary>
    /// Reads a timestamptz as the instant in UTC: row_to_json writes it in the session's time zone, and a row read is
    /// compared with the row folded (record equality) and written back in arrays Npgsql takes only with offset zero.
    /// </summary>
    private sealed class UtcInstants : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetDateTimeOffset().ToUniversalTime();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }
}
