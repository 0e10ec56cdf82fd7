using Marten;
using Npgsql;

namespace Journey.Projections.Rebuild;

/// <summary>
/// Holds recording still while a rebuild replays: an EXCLUSIVE lock on the event table, taken in a
/// transaction of its own and kept until disposed. Reads of the events (the replay's) go on; an append
/// waits for the lock, so no step is projected inline into a table half way through its replay, and
/// every step recorded meanwhile is appended, and projected, after the rebuild in the usual order.
/// Taking the lock waits for appends already under way to commit first.
/// </summary>
public sealed class RecordingPause : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;

    private RecordingPause(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    /// <summary>Takes the lock, waiting up to <paramref name="wait"/> for appends under way; throws <see cref="RebuildRefusedException"/> if they do not finish.</summary>
    public static async Task<RecordingPause> Take(IDocumentStore store, TimeSpan wait, CancellationToken cancellation)
    {
        var options = ((DocumentStore)store).Options;
        var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        var transaction = await connection.BeginTransactionAsync(cancellation);
        try
        {
            await using var command = new NpgsqlCommand(
                $"SET LOCAL lock_timeout = '{(int)wait.TotalMilliseconds}ms'; LOCK TABLE {options.Events.DatabaseSchemaName}.mt_events IN EXCLUSIVE MODE",
                connection, transaction);
            await command.ExecuteNonQueryAsync(cancellation);
            return new RecordingPause(connection, transaction);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
            throw new RebuildRefusedException($"Recording did not pause within {wait.TotalSeconds:0} s: an append held the event table. Nothing was emptied; try again.");
        }
        catch
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Releases the lock: appends waiting for it go ahead.</summary>
    public async ValueTask DisposeAsync()
    {
        // Nothing was written in this transaction; ending it either way only releases the lock.
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}

/// <summary>A rebuild that did not start (recording would not pause, or another rebuild is running); nothing was changed.</summary>
public sealed class RebuildRefusedException(string message) : Exception(message);
