using Journey.Projections.Access;
using Npgsql;

namespace Journey.Projections.Disposal;

/// <summary>Reads journey.disposals, and the access log's record of each disposal carried out.</summary>
public static class DisposalLedger
{
    /// <summary>The view the access log names a disposal by: its endpoint's route (decision 67).</summary>
    public const string LoggedView = "/api/children/{childId}/disposal";

    private static readonly string Columns = $"""
        seq, child_id, disposed_at, disposed_by, authorised_by, reason, rule_applied, events, last_version, head_hash, prev_hash, hash,
        {DisposalSchema.CanonicalFunction}(seq, child_id, disposed_at, authorised_by, disposed_by, reason, rule_applied, events, last_version, head_hash)
        """;

    /// <summary>
    /// Disposes of a child's record through the function (parameters child, version, authorised_by, disposed_by, reason, rule)
    /// and answers its disposal row, read as <see cref="Read"/> reads one.
    /// </summary>
    public static readonly string DisposeSql =
        $"SELECT {Columns} FROM {DisposalFunction.Name}(@child, @version, @authorised_by, @disposed_by, @reason, @rule)";

    /// <summary>Every disposal in the order it was made (with its canonical text as PostgreSQL renders it).</summary>
    public static async Task<List<DisposalRow>> All(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand($"SELECT {Columns} FROM {DisposalSchema.Table.QualifiedName} ORDER BY seq", connection, transaction);
        var rows = new List<DisposalRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation)) rows.Add(Read(reader));
        return rows;
    }

    /// <summary>The children the access log records a disposal of (the disposal's own row, refused ones left out).</summary>
    public static async Task<List<string>> Logged(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT DISTINCT unnest(child_ids) FROM {AccessLogSchema.Table.QualifiedName}
             WHERE view = @view AND method = 'POST' AND refused_rule IS NULL
            """, connection, transaction);
        command.Parameters.AddWithValue("view", LoggedView);
        var children = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation)) children.Add(reader.GetString(0));
        return children;
    }

    /// <summary>Whether a disposal row names any of <paramref name="children"/>: those are never to start again.</summary>
    public static async Task<IReadOnlySet<string>> Disposed(NpgsqlConnection connection, IReadOnlyCollection<string> children, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand($"SELECT child_id FROM {DisposalSchema.Table.QualifiedName} WHERE child_id = ANY(@children)", connection);
        command.Parameters.AddWithValue("children", children.ToArray());
        var disposed = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation)) disposed.Add(reader.GetString(0));
        return disposed;
    }

    public static async Task<DisposalRow?> Of(NpgsqlConnection connection, string childId, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand($"SELECT {Columns} FROM {DisposalSchema.Table.QualifiedName} WHERE child_id = @child", connection);
        command.Parameters.AddWithValue("child", childId);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        return await reader.ReadAsync(cancellation) ? Read(reader) : null;
    }

    public static DisposalRow Read(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetFieldValue<DateTimeOffset>(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6),
        r.GetInt64(7), r.GetInt64(8), r.GetString(9), r.GetString(10), r.GetString(11), r.GetString(12));
}
