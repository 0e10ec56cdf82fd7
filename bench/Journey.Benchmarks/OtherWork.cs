namespace Journey.Benchmarks;

/// <summary>
/// How much of the machine's CPU time other work took during the run: every core's busy time
/// (/proc/stat) less the time of this process and its children (the service under load among them)
/// and of the PostgreSQL server the benchmark uses (<see cref="ProcessCpu.ClusterSeconds"/>). On a
/// quiet machine it is near 0; a figure well above shows the run shared its cores and its rates are
/// lower bounds. Null where /proc is not there or the server is not on this machine.
/// </summary>
public sealed class OtherWork
{
    private readonly int? _postmaster;
    private readonly (long Busy, long Total)? _machineAtStart;
    private readonly long _oursAtStart;

    private OtherWork(int? postmaster)
    {
        _postmaster = postmaster;
        _machineAtStart = Machine();
        _oursAtStart = Ours();
    }

    /// <param name="backendPid">The PID of one of the benchmark's own server connections (pg_backend_pid()).</param>
    public static OtherWork Start(int backendPid) => new(ProcessCpu.PostmasterOf(backendPid));

    /// <summary>Other work's share of every core's time since <see cref="Start"/>, 0 to 1.</summary>
    public double? Share()
    {
        if (_postmaster is null || _machineAtStart is not { } start || Machine() is not { } end) return null;
        var total = end.Total - start.Total;
        if (total <= 0) return null;
        var others = end.Busy - start.Busy - (Ours() - _oursAtStart);
        return Math.Clamp((double)others / total, 0, 1);
    }

    private long Ours() => ProcessCpu.Ticks(Environment.ProcessId, withChildren: true) +
        (_postmaster is { } pm ? ProcessCpu.Ticks(pm, withChildren: true) + ProcessCpu.ChildrenTicks(pm) : 0);

    /// <summary>Busy and total clock ticks over every core (the first line of /proc/stat).</summary>
    private static (long Busy, long Total)? Machine()
    {
        if (!File.Exists("/proc/stat")) return null;
        var ticks = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(long.Parse).ToArray();
        var idle = ticks[3] + ticks[4]; // idle, iowait
        var total = ticks.Take(8).Sum(); // user … steal; guest time is already counted in user
        return (total - idle, total);
    }
}
