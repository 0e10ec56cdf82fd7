using Npgsql;

namespace Journey.IntegrationTests.Infrastructure;

/// <summary>One statement on a test's database, for the tests that set up or read what the API does not show.</summary>
public static class Sql
{
    public static async Task Execute(string connectionString, string sql, CancellationToken cancellation)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellation);
    }

    /// <summary>A statement's single value (a count is a <see cref="long"/>).</summary>
    public static async Task<T> Scalar<T>(string connectionString, string sql, CancellationToken cancellation)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(cancellation))!;
    }
}
