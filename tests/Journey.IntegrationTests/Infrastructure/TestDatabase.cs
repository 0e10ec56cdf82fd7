using System.Diagnostics;
using Journey.Projections.Roles;
using Npgsql;

namespace Journey.IntegrationTests.Infrastructure;

/// <summary>
/// A PostgreSQL database of this test run's own, created on the server JOURNEY_DB names (ops/test.sh
/// sets it) or, when unset, on the project's private cluster started through ops/db.sh. Dropped
/// when the run ends, so runs never see each other's data.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _serverConnectionString;

    private TestDatabase(string serverConnectionString, string name)
    {
        _serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    public string Name { get; }

    /// <summary>As the schema owner (the private cluster's journey role): what tests use to look at, or tamper with, the store.</summary>
    public string ConnectionString { get; }

    /// <summary>As the service's role (journey_app, decision 58): what the test host's service connects as.</summary>
    public string ServiceConnectionString => AsRole("JOURNEY_DB_APP", "journey_app");

    /// <summary>As the analysts' role (journey_analyst): only the pseudonymised analytics schema.</summary>
    public string AnalystConnectionString => AsRole("JOURNEY_DB_ANALYST", "journey_analyst");

    /// <summary>The same database as another login: the one JOURNEY_DB_APP/_ANALYST names, else the role's name as its password.</summary>
    private string AsRole(string variable, string role) => DatabaseLogins.As(ConnectionString, role, Environment.GetEnvironmentVariable(variable));

    /// <summary>
    /// The service's and the analysts' logins, made where missing as `db-setup --logins` makes them (decision 103);
    /// a server whose owner may not make roles has them from its DBA, as docs/operations.md asks.
    /// </summary>
    private static async Task EnsureLogins(NpgsqlConnection owner)
    {
        var logins = new[] { ("journey_app", "JOURNEY_DB_APP"), ("journey_analyst", "JOURNEY_DB_ANALYST") }
            .Select(l => new DatabaseLogin(l.Item1, DatabaseLogins.Login(l.Item1, Environment.GetEnvironmentVariable(l.Item2)).Password));
        try { await DatabaseLogins.Ensure(owner, logins, CancellationToken.None); }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege) { }
    }

    public static async Task<TestDatabase> Create()
    {
        var server = Environment.GetEnvironmentVariable("JOURNEY_DB") is { Length: > 0 } configured ? configured : StartPrivateCluster();
        var name = $"journey_test_{DateTime.UtcNow:yyyyMMddHHmmss}_{Guid.NewGuid().ToString("N")[..6]}";
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        await EnsureLogins(connection);
        return new TestDatabase(server, name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static string StartPrivateCluster()
    {
        var script = Path.Combine(RepositoryRoot.Path, "ops", "db.sh");
        Run(script, "start");
        return Run(script, "url").Trim();
    }

    private static string Run(string script, string argument)
    {
        using var process = Process.Start(new ProcessStartInfo("bash", [script, argument])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        // Both streams at once: apt-get output on stderr must not fill a pipe nobody reads.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Task.WaitAll(output, error);
        return process.ExitCode != 0
            ? throw new InvalidOperationException($"ops/db.sh {argument} failed ({process.ExitCode}): {error.Result}")
            : output.Result;
    }
}
