using JasperFx.CommandLine;
using Npgsql;

namespace Journey.Api.Hosting;

public sealed class DbCheckInput
{
    [Description("Seconds to wait for the server to accept connections (default 30)")]
    public int TimeoutFlag { get; set; } = 30;
}

/// <summary>
/// dotnet Journey.Api.dll db-check [--timeout S]: whether the server JOURNEY_DB names is reachable and its login works,
/// read with Npgsql's own builder and tried with Npgsql itself (decision 103). ops/db.sh runs it for a JOURNEY_DB of
/// the user's own rather than parsing the connection string in bash. Waits while the server is unreachable or starting;
/// stops at once on a refused login. Says what it found on standard error, without the password; starts nothing.
/// </summary>
[Description("Checks that the server JOURNEY_DB names accepts connections and its login, waiting up to --timeout seconds", Name = "db-check")]
public sealed class DbCheckCommand : JasperFxAsyncCommand<DbCheckInput>
{
    public override async Task<bool> Execute(DbCheckInput input)
    {
        var target = DatabaseTarget.FromEnvironment();
        var deadline = DateTime.UtcNow.AddSeconds(Math.Max(1, input.TimeoutFlag));
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(target.ConnectionString) { Timeout = 3, Pooling = false }.ConnectionString);
                await connection.OpenAsync();
                await using var select = new NpgsqlCommand("SELECT 1", connection);
                await select.ExecuteScalarAsync();
                await Console.Error.WriteLineAsync($"db-check: JOURNEY_DB ({target.Description}): reachable, login ok");
                return true;
            }
            // The server answered and refused (a wrong password, no such database): waiting will not change that.
            // 57P03 is "the database system is starting up", which it will get over.
            catch (PostgresException refused) when (refused.SqlState != PostgresErrorCodes.CannotConnectNow)
            {
                await Console.Error.WriteLineAsync($"db-check: JOURNEY_DB ({target.Description}) is up but refused the login: {refused.SqlState} {refused.MessageText}");
                return false;
            }
            catch (Exception unreachable) when (unreachable is NpgsqlException or TimeoutException)
            {
                if (DateTime.UtcNow >= deadline)
                {
                    await Console.Error.WriteLineAsync($"db-check: JOURNEY_DB ({target.Description}) is not accepting connections after {input.TimeoutFlag} s: {unreachable.Message}");
                    return false;
                }
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }
}
