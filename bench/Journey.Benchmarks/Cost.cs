using Npgsql;

namespace Journey.Benchmarks;

/// <summary>
/// What one measurement cost, so the next step is visible: CPU seconds of each process (the benchmark's own, which is
/// the loader or the HTTP load generator; the service under load; PostgreSQL), the statements the server ran for it
/// (pg_stat_statements) and the rows it wrote, per table (pg_stat_user_tables).
/// </summary>
public sealed record Cost(double BenchCpu, double? ServiceCpu, double? PostgresCpu, StatementCounts? Statements, IReadOnlyList<TableWrites> Rows)
{
    public double TotalCpu => BenchCpu + (ServiceCpu ?? 0) + (PostgresCpu ?? 0);
}

public sealed record TableWrites(string Table, long Inserted, long Updated, long Deleted)
{
    public long Total => Inserted + Updated + Deleted;
}

/// <summary>Statements run at the top level in the benchmark's database, and the few that ran most often and took longest.</summary>
public sealed record StatementCounts(long Calls, IReadOnlyList<TopStatement> ByCalls, IReadOnlyList<TopStatement> ByTime);

/// <param name="Query">pg_stat_statements' normalised text ($1 for each parameter), any literal blanked and cut short: never a value.</param>
public sealed record TopStatement(string Query, long Calls, double Milliseconds);

/// <summary>Reads the counters <see cref="Cost"/> is made of, before and after a measurement.</summary>
public sealed class CostMeter
{
    // PostgreSQL 15 sends a backend's table counters to the shared statistics when it goes idle, at most once a
    // second, and within 10 s (PGSTAT_IDLE_INTERVAL) of its last transaction: read the counters only after that.
    private static readonly TimeSpan StatisticsDelay = TimeSpan.FromSeconds(11);
    private const int TopCount = 8;

    private readonly string _bench;
    private readonly string? _statements;
    private readonly int? _postmaster;

    private CostMeter(string bench, string? statements, string? missing, int? postmaster)
    {
        _bench = bench;
        _statements = statements;
        StatementsMissing = missing;
        _postmaster = postmaster;
    }

    /// <summary>
    /// Waits until the server has gathered the table counts of what ran before (the store's setup seeding its reference
    /// data, a warm-up), so that the next measurement's rows written are its own.
    /// </summary>
    public static Task Settle() => Task.Delay(StatisticsDelay);

    /// <summary>Why statements are not counted (the server has no pg_stat_statements, or it cannot be read), or null.</summary>
    public string? StatementsMissing { get; }

    /// <summary>
    /// The view is looked for in the server's own database (ops/db.sh makes it there: it reads every database's
    /// counts), then made in the benchmark's database (which works for a superuser on a server that loads the module).
    /// </summary>
    public static async Task<CostMeter> Open(string server, string bench)
    {
        var postmaster = ProcessCpu.PostmasterOf((int)await BenchStore.Scalar(bench, "select pg_backend_pid()"));
        string? missing = null;
        foreach (var (where, make) in new[] { (server, false), (bench, true) })
        {
            try
            {
                if (make) await BenchStore.Scalar(bench, "create extension if not exists pg_stat_statements");
                await BenchStore.Scalar(where, "select count(*) from pg_stat_statements");
                return new CostMeter(bench, where, null, postmaster);
            }
            catch (PostgresException e)
            {
                missing ??= e.MessageText;
            }
        }
        return new CostMeter(bench, null, $"not available ({missing})", postmaster);
    }

    public sealed record Probe(double BenchCpu, double? ServiceCpu, double? PostgresCpu, int? ServicePid,
        IReadOnlyDictionary<string, (long Calls, double Ms, string Query)>? Statements, IReadOnlyDictionary<string, TableWrites> Rows);

    public async Task<Probe> Start(int? servicePid = null) =>
        new(ProcessCpu.Seconds(Environment.ProcessId) ?? 0, servicePid is { } s ? ProcessCpu.Seconds(s) : null, ProcessCpu.ClusterSeconds(_postmaster),
            servicePid, await Statements(), await Rows());

    /// <param name="writes">Whether the measurement wrote: only then are table counters waited for and read.</param>
    public async Task<Cost> Stop(Probe start, bool writes = true)
    {
        var bench = ProcessCpu.Seconds(Environment.ProcessId) ?? 0;
        var service = start.ServicePid is { } s ? ProcessCpu.Seconds(s) : null;
        var postgres = ProcessCpu.ClusterSeconds(_postmaster);
        var statements = Difference(start.Statements, await Statements());
        if (writes) await Task.Delay(StatisticsDelay);
        var rows = writes ? (await Rows()).Values.Select(after => start.Rows.TryGetValue(after.Table, out var before)
                ? after with { Inserted = after.Inserted - before.Inserted, Updated = after.Updated - before.Updated, Deleted = after.Deleted - before.Deleted }
                : after).Where(w => w.Total > 0).OrderByDescending(w => w.Total).ToList()
            : [];
        return new Cost(bench - start.BenchCpu, service - start.ServiceCpu, postgres - start.PostgresCpu, statements, rows);
    }

    private static StatementCounts? Difference(IReadOnlyDictionary<string, (long Calls, double Ms, string Query)>? before,
        IReadOnlyDictionary<string, (long Calls, double Ms, string Query)>? after)
    {
        if (before is null || after is null) return null;
        var ran = after.Select(a => before.TryGetValue(a.Key, out var b) ? a.Value with { Calls = a.Value.Calls - b.Calls, Ms = a.Value.Ms - b.Ms } : a.Value)
            .Where(d => d.Calls > 0).Select(d => new TopStatement(d.Query, d.Calls, d.Ms)).ToList();
        return new StatementCounts(ran.Sum(r => r.Calls), ran.OrderByDescending(r => r.Calls).Take(TopCount).ToList(),
            ran.OrderByDescending(r => r.Milliseconds).Take(TopCount).ToList());
    }

    // Literals are blanked (a statement Npgsql sends carries its values as parameters, already $n in the text; a
    // literal would be written in the SQL itself) and the text cut short: the report names statements, never data.
    private const string StatementsSql = """
        select s.userid::text || '/' || s.queryid::text || '/' || s.toplevel::text, s.calls, s.total_exec_time,
               left(regexp_replace(regexp_replace(s.query, '''[^'']*''', '''…''', 'g'), '\s+', ' ', 'g'), 110)
          from pg_stat_statements s join pg_database d on d.oid = s.dbid
         where d.datname = @database and s.toplevel
        """;

    private async Task<Dictionary<string, (long, double, string)>?> Statements()
    {
        if (_statements is null) return null;
        await using var connection = new NpgsqlConnection(_statements);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(StatementsSql, connection);
        command.Parameters.AddWithValue("database", new NpgsqlConnectionStringBuilder(_bench).Database!);
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new Dictionary<string, (long, double, string)>();
        while (await reader.ReadAsync()) counts[reader.GetString(0)] = (reader.GetInt64(1), reader.GetDouble(2), reader.GetString(3));
        return counts;
    }

    private async Task<Dictionary<string, TableWrites>> Rows()
    {
        await using var connection = new NpgsqlConnection(_bench);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select format('%I.%I', schemaname, relname), n_tup_ins, n_tup_upd, n_tup_del from pg_stat_user_tables", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new Dictionary<string, TableWrites>();
        while (await reader.ReadAsync())
            rows[reader.GetString(0)] = new TableWrites(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
        return rows;
    }
}
