using Marten;
using Npgsql;

namespace Journey.Api.Hosting;

/// <summary>
/// One database connection for what a request does before its endpoint runs: the access check on a
/// named child, and the access-log row of the read or of the refusal. Opened when first needed and
/// given back to the pool by <see cref="Release"/> once that work is done (or when the request ends),
/// so a read of a child's record takes one connection for both, and none is held while the endpoint
/// runs on its own. Rows are written in autocommit: each is committed when its statement ends.
/// </summary>
public sealed class RequestConnection(IDocumentStore store) : IAsyncDisposable
{
    private NpgsqlConnection? _connection;

    public async Task<NpgsqlCommand> Command(string sql, CancellationToken cancellation) => new(sql, await Open(cancellation));

    /// <summary>
    /// Begins a transaction on the request's connection: what is then written through <see cref="Command"/> commits or
    /// rolls back together (a disposal and its own access-log row, decision 67).
    /// </summary>
    public async Task<NpgsqlTransaction> Begin(CancellationToken cancellation) => await (await Open(cancellation)).BeginTransactionAsync(cancellation);

    private async Task<NpgsqlConnection> Open(CancellationToken cancellation)
    {
        if (_connection is null)
        {
            _connection = store.Storage.Database.CreateConnection();
            await _connection.OpenAsync(cancellation);
        }
        return _connection;
    }

    public async ValueTask Release()
    {
        if (_connection is null) return;
        await _connection.DisposeAsync();
        _connection = null;
    }

    public ValueTask DisposeAsync() => Release();
}
