using Npgsql;

namespace Journey.Projections.Roles;

/// <summary>A login role to make: its name and password.</summary>
public sealed record DatabaseLogin(string Role, string Password);

/// <summary>
/// Makes the service's and the analysts' login roles when they are missing (db-setup --logins, decision 103), as the
/// schema owner, which needs CREATEROLE for it (the private cluster's owner has it). A role that exists is left as it
/// is, password and all: on a real server a DBA makes them (docs/operations.md, "Database roles").
/// </summary>
public static class DatabaseLogins
{
    /// <summary>The roles made here, in order (none when all existed).</summary>
    public static async Task<IReadOnlyList<string>> Ensure(NpgsqlConnection owner, IEnumerable<DatabaseLogin> logins, CancellationToken cancellation)
    {
        var made = new List<string>();
        foreach (var login in logins)
        {
            // CREATE ROLE takes no parameters: PostgreSQL's format() quotes the name and the password.
            await using var statement = new NpgsqlCommand(
                "SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', @role, @password) WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = @role)", owner);
            statement.Parameters.AddWithValue("role", login.Role);
            statement.Parameters.AddWithValue("password", login.Password);
            if (await statement.ExecuteScalarAsync(cancellation) is not string create) continue;
            try
            {
                await using var command = new NpgsqlCommand(create, owner);
                await command.ExecuteNonQueryAsync(cancellation);
                made.Add(login.Role);
            }
            // Made meanwhile by another owner (two test runs, two set-ups at once): it exists, which is all that is asked.
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateObject or PostgresErrorCodes.UniqueViolation) { }
        }
        return made;
    }

    /// <summary>
    /// <paramref name="connectionString"/> with another login: the user name and password of <paramref name="given"/> (a
    /// connection string, JOURNEY_DB_APP or JOURNEY_DB_ANALYST) when there is one, else <paramref name="role"/>'s
    /// own name as both, the private cluster's development logins. Read and written with Npgsql's own builder.
    /// </summary>
    public static string As(string connectionString, string role, string? given)
    {
        var login = Login(role, given);
        return new NpgsqlConnectionStringBuilder(connectionString) { Username = login.Role, Password = login.Password }.ConnectionString;
    }

    /// <summary>The login of <paramref name="role"/>: the one <paramref name="given"/> names, else the role's name as its password.</summary>
    public static DatabaseLogin Login(string role, string? given)
    {
        if (string.IsNullOrEmpty(given)) return new DatabaseLogin(role, role);
        var builder = new NpgsqlConnectionStringBuilder(given);
        return new DatabaseLogin(builder.Username ?? role, builder.Password ?? role);
    }
}
