using System.Diagnostics;
using Npgsql;

namespace Journey.Benchmarks;

/// <summary>
/// The like-for-like ceiling for a load: every row the load wrote, in every table it wrote (the events and streams,
/// the hash chain, the import ledger, the recorded steps and every projection's rows, all as stored), copied out in
/// binary and timed copying back into empty tables of the same shape and indexes, in one transaction as a load
/// writes. The tables are found in the catalogue, not listed: those of the store's schema that held no rows before
/// the load (the reference data db-setup seeds holds rows already) and hold rows after it. Also compiled into the
/// integration tests, which check the list against the tables a bulk load writes.
/// </summary>
public static class Ceiling
{
    private const string CopySchema = "bench_ceiling";

    /// <summary>The ordinary tables of <paramref name="schema"/> holding no rows, qualified and quoted (schema.table).</summary>
    public static async Task<IReadOnlyList<string>> EmptyTables(string connectionString, string schema) =>
        await Filter(connectionString, await Tables(connectionString, schema), holdingRows: false);

    /// <summary>Those of <paramref name="tables"/> holding rows now: after a load, the tables it wrote.</summary>
    public static async Task<IReadOnlyList<string>> HoldingRows(string connectionString, IEnumerable<string> tables) =>
        await Filter(connectionString, tables, holdingRows: true);

    public sealed record Copied(string Table, string Name, long Rows, byte[] Data);

    /// <summary>Every row of <paramref name="tables"/>, copied out in PostgreSQL's binary format.</summary>
    public static async Task<IReadOnlyList<Copied>> CopyOut(string connectionString, IEnumerable<string> tables)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var copied = new List<Copied>();
        foreach (var table in tables)
        {
            var data = new MemoryStream();
            await using (var output = await connection.BeginRawBinaryCopyAsync($"COPY {table} TO STDOUT (FORMAT BINARY)"))
                await output.CopyToAsync(data);
            await using var count = new NpgsqlCommand($"select count(*) from {table}", connection);
            copied.Add(new Copied(table, table[(table.LastIndexOf('.') + 1)..], (long)(await count.ExecuteScalarAsync())!, data.ToArray()));
        }
        return copied;
    }

    public sealed record Run(double Seconds, IReadOnlyList<(string Table, long Rows, double Seconds)> Tables);

    /// <summary>
    /// One timed run: empty tables made like the originals (columns, defaults, constraints, indexes: LIKE … INCLUDING
    /// ALL; foreign keys and triggers are not copied, and the store has none on these tables), then every table's rows
    /// copied in, in one transaction, committed. Only the copies and the commit are timed. The tables are dropped after.
    /// </summary>
    public static async Task<Run> CopyIn(string connectionString, IReadOnlyList<Copied> copied)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await Execute(connection, $"DROP SCHEMA IF EXISTS {CopySchema} CASCADE");
        await Execute(connection, $"CREATE SCHEMA {CopySchema}");
        foreach (var c in copied) await Execute(connection, $"CREATE TABLE {CopySchema}.{c.Name} (LIKE {c.Table} INCLUDING ALL)");
        var tables = new List<(string, long, double)>();
        var watch = Stopwatch.StartNew();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            foreach (var c in copied)
            {
                var start = watch.Elapsed;
                await using (var input = await connection.BeginRawBinaryCopyAsync($"COPY {CopySchema}.{c.Name} FROM STDIN (FORMAT BINARY)"))
                    await input.WriteAsync(c.Data);
                tables.Add((c.Table, c.Rows, (watch.Elapsed - start).TotalSeconds));
            }
            await transaction.CommitAsync();
        }
        watch.Stop();
        await Execute(connection, $"DROP SCHEMA {CopySchema} CASCADE");
        return new Run(watch.Elapsed.TotalSeconds, tables);
    }

    /// <summary>Empties <paramref name="tables"/> (their sequences restarted), so the next load starts from an empty store again.</summary>
    public static async Task Empty(string connectionString, IEnumerable<string> tables)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await Execute(connection, $"TRUNCATE {string.Join(", ", tables)} RESTART IDENTITY");
    }

    private static async Task<List<string>> Tables(string connectionString, string schema)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            select format('%I.%I', n.nspname, c.relname) from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where n.nspname = @schema and c.relkind = 'r' and not c.relispartition order by c.relname
            """, connection);
        command.Parameters.AddWithValue("schema", schema);
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        return tables;
    }

    private static async Task<List<string>> Filter(string connectionString, IEnumerable<string> tables, bool holdingRows)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var kept = new List<string>();
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand($"select exists (select from {table})", connection);
            if ((bool)(await command.ExecuteScalarAsync())! == holdingRows) kept.Add(table);
        }
        return kept;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
