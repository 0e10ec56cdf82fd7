using System.Data.Common;
using Npgsql;

namespace Journey.Api.Hosting;

/// <summary>
/// The service's Npgsql pool, sized to the cores PostgreSQL and the service share rather than to Npgsql's default of
/// 100 (decision 162): past a few connections a core, more connections only queue on the cores, and a request waiting in
/// the server for a core holds its connection (and its locks) as long as one waiting in the pool would, while many
/// busy backends cost the server switching and memory. Journey:Database:MaxPoolSize and :MinPoolSize set them; a
/// Maximum or Minimum Pool Size the operator put in the connection string is kept when the setting is not given.
/// </summary>
public static class ConnectionPool
{
    /// <summary>
    /// Connections held by the service's own background work, not by requests: the async daemon's and Wolverine's
    /// leadership locks, each holding one connection while its node leads, and the durability agent's polling.
    /// </summary>
    public const int HeldByBackgroundWork = 4;

    /// <summary>The largest pool, by default: <see cref="PerCore"/> connections a core for requests, plus what background work holds.</summary>
    public static int DefaultMaxSize(int cores) => PerCore * Math.Max(cores, 1) + HeldByBackgroundWork;

    public const int PerCore = 4;

    /// <summary>The pool keeps this many connections open when idle (one a core), so a burst after a quiet spell does not wait for logins.</summary>
    public static int DefaultMinSize(int cores) => Math.Max(cores, 1);

    public static void Size(NpgsqlConnectionStringBuilder connection, string given, IConfiguration configuration)
    {
        var named = new DbConnectionStringBuilder { ConnectionString = given }.Keys.Cast<string>()
            .Select(key => key.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant()).ToHashSet();
        var cores = Environment.ProcessorCount;
        var max = configuration.GetValue<int?>("Journey:Database:MaxPoolSize");
        var min = configuration.GetValue<int?>("Journey:Database:MinPoolSize");
        if (max is < 1) throw new InvalidOperationException("Journey:Database:MaxPoolSize must be 1 or more.");
        if (max is not null || !named.Overlaps(["maxpoolsize", "maximumpoolsize"])) connection.MaxPoolSize = max ?? DefaultMaxSize(cores);
        if (min is not null || !named.Overlaps(["minpoolsize", "minimumpoolsize"])) connection.MinPoolSize = Math.Min(min ?? DefaultMinSize(cores), connection.MaxPoolSize);
    }
}
