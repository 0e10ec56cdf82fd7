using JasperFx.CommandLine;
using Journey.Projections.Roles;
using Npgsql;

namespace Journey.Api.Hosting;

public sealed class DbUrlInput
{
    [Description("Whose connection string: owner (JOURNEY_DB itself), app (the service's role) or analyst")]
    public string Role { get; set; } = "owner";

    [Description("Print it as libpq's environment (PGHOST=…, one a line) for psql, rather than as a connection string")]
    public bool LibpqFlag { get; set; }

    [Description("Write it to this file rather than standard output, which JasperFx's discovery of commands also writes to")]
    public string OutFlag { get; set; } = "";
}

/// <summary>
/// dotnet Journey.Api.dll db-url ROLE [--libpq]: the connection string of a role on the server JOURNEY_DB names, made
/// with Npgsql's own builder (decision 103): owner is JOURNEY_DB; app and analyst are JOURNEY_DB with the login of
/// JOURNEY_DB_APP or JOURNEY_DB_ANALYST, else the role's name as user and password. ops/db.sh prints it for
/// `url ROLE`, and exports the --libpq form for `psql` (both through --out), so no connection string is parsed in bash. Starts nothing: no web server, no daemon.
/// </summary>
[Description("Prints the connection string of the owner, app or analyst role on the server JOURNEY_DB names", Name = "db-url")]
public sealed class DbUrlCommand : JasperFxCommand<DbUrlInput>
{
    public override bool Execute(DbUrlInput input)
    {
        var owner = DatabaseTarget.FromEnvironment().ConnectionString;
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var roles = JourneyDatabase.Roles(configuration);
        var connectionString = input.Role switch
        {
            "owner" => owner,
            "app" => DatabaseLogins.As(owner, roles.Service, configuration["JOURNEY_DB_APP"]),
            "analyst" => DatabaseLogins.As(owner, roles.Analyst, configuration["JOURNEY_DB_ANALYST"]),
            _ => null,
        };
        if (connectionString is null)
        {
            Console.Error.WriteLine($"db-url: unknown role '{input.Role}' (owner, app or analyst)");
            return false;
        }
        var answer = (input.LibpqFlag ? Libpq(new NpgsqlConnectionStringBuilder(connectionString)) : connectionString) + "\n";
        if (input.OutFlag is { Length: > 0 } file) File.WriteAllText(file, answer);
        else Console.Write(answer);
        return true;
    }

    /// <summary>libpq's environment variables for what psql understands of an Npgsql connection string.</summary>
    private static string Libpq(NpgsqlConnectionStringBuilder builder)
    {
        var variables = new List<string> { $"PGHOST={builder.Host}", $"PGPORT={builder.Port}", "PGAPPNAME=journey-db.sh" };
        if (builder.Database is { Length: > 0 } database) variables.Add($"PGDATABASE={database}");
        if (builder.Username is { Length: > 0 } user) variables.Add($"PGUSER={user}");
        if (builder.Password is { Length: > 0 } password) variables.Add($"PGPASSWORD={password}");
        // Npgsql's names (VerifyFull) are libpq's (verify-full) without the dash.
        if (builder.SslMode != SslMode.Prefer)
            variables.Add($"PGSSLMODE={builder.SslMode switch { SslMode.VerifyCA => "verify-ca", SslMode.VerifyFull => "verify-full", var mode => mode.ToString().ToLowerInvariant() }}");
        return string.Join('\n', variables);
    }
}
