using Journey.IntegrationTests.Infrastructure;
using Npgsql;

namespace Journey.IntegrationTests.Roles;

/// <summary>
/// What ops/db.sh left to the service (decision 103): `db-setup --logins` makes the service's and the analysts' login
/// roles and grants them; `db-url` and `db-check` read a connection string with Npgsql's own builder.
/// </summary>
public sealed class DatabaseCommandTests : IAsyncLifetime
{
    // Roles of this run's own (roles are the whole server's), dropped with the database.
    private readonly string _service = $"journey_app_{Guid.NewGuid():N}"[..24];
    private readonly string _analyst = $"journey_analyst_{Guid.NewGuid():N}"[..28];
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.Create();

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP ROLE IF EXISTS {_service}; DROP ROLE IF EXISTS {_analyst}", connection);
        await drop.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task Db_setup_with_logins_makes_the_service_and_analyst_roles_and_grants_them()
    {
        var roles = new Dictionary<string, string> { ["Journey__Database__ServiceRole"] = _service, ["Journey__Database__AnalystRole"] = _analyst };
        var (exit, output) = await ApiCommand.Run(_database.ConnectionString, roles, "db-setup", "--logins");
        exit.ShouldBe(0, output);
        output.ShouldContain($"Login roles made: {_service}, {_analyst}.");
        output.ShouldContain("Service role granted: yes; analyst role granted: yes");

        // In Development a made role's password is its name: the service's login reads what it was granted.
        await using var service = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Username = _service, Password = _service }.ConnectionString);
        await service.OpenAsync(TestContext.Current.CancellationToken);
        await using var read = new NpgsqlCommand("SELECT count(*) FROM journey.mt_events", service);
        ((long)(await read.ExecuteScalarAsync(TestContext.Current.CancellationToken))!).ShouldBe(0);

        (exit, output) = await ApiCommand.Run(_database.ConnectionString, roles, "db-setup", "--logins");
        exit.ShouldBe(0, output);
        output.ShouldContain("Login roles: both existed.");
    }

    [Fact]
    public async Task Db_url_gives_a_roles_connection_string_on_JOURNEY_DBs_server()
    {
        var file = Path.GetTempFileName();
        try
        {
            var (exit, output) = await ApiCommand.Run(_database.ConnectionString, "db-url", "app", "--out", file);
            exit.ShouldBe(0, output);
            var app = new NpgsqlConnectionStringBuilder((await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken)).Trim());
            var owner = new NpgsqlConnectionStringBuilder(_database.ConnectionString);
            (app.Host, app.Port, app.Database, app.Username, app.Password).ShouldBe((owner.Host, owner.Port, owner.Database, "journey_app", "journey_app"));

            var login = new Dictionary<string, string> { ["JOURNEY_DB_ANALYST"] = "Username=ann;Password='a;b'" };
            (exit, output) = await ApiCommand.Run(_database.ConnectionString, login, "db-url", "analyst", "--libpq", "--out", file);
            exit.ShouldBe(0, output);
            var libpq = await File.ReadAllLinesAsync(file, TestContext.Current.CancellationToken);
            libpq.ShouldContain("PGUSER=ann");
            libpq.ShouldContain("PGPASSWORD=a;b");
            libpq.ShouldContain($"PGDATABASE={owner.Database}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Db_check_says_whether_the_server_takes_the_login()
    {
        var (exit, output) = await ApiCommand.Run(_database.ConnectionString, "db-check");
        exit.ShouldBe(0, output);
        output.ShouldContain("reachable, login ok");

        var wrong = new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Password = "not-the-password" }.ConnectionString;
        (exit, output) = await ApiCommand.Run(wrong, "db-check");
        exit.ShouldNotBe(0);
        output.ShouldContain("refused the login: 28P01");
        output.ShouldNotContain("not-the-password");
    }
}
