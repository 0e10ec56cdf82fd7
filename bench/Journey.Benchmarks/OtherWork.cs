namespace Journey.Benchmarks;

/// <summary>
/// How much of the machine's CPU time other work took during the run: every core's busy time
/// (/proc/stat) less the time of this process and its children (the service under load among them)
/// and of the PostgreSQL server the benchmark uses (its postmaster, the backends it has waited for
/// and those still running). On a quiet machine it is near 0; a figure well above shows the run
/// shared its cores and its rates are lower bounds. Null where /proc is not there or the server is
/// not on this machine.
/// </summary>
public sealed class OtherWork
{
    // Index of cutime among the fields after the command name; utime and stime are the two before it, cstime the one after.
    private const int UserField = 13;
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
    public static OtherWork Start(int backendPid) => new(Fields(backendPid) is { } backend ? int.Parse(backend[1]) : null);

    /// <summary>Other work's share of every core's time since <see cref="Start"/>, 0 to 1.</summary>
    public double? Share()
    {
        if (_postmaster is null || _machineAtStart is not { } start || Machine() is not { } end) return null;
        var total = end.Total - start.Total;
        if (total <= 0) return null;
        var others = end.Busy - start.Busy - (Ours() - _oursAtStart);
        return Math.Clamp((double)others / total, 0, 1);
    }

    private long Ours() => Times(Environment.ProcessId, withChildren: true) + (_postmaster is { } pm ? Times(pm, withChildren: true) + Children(pm) : 0);

    private static long Children(int parent) =>
        Directory.EnumerateDirectories("/proc").Select(Path.GetFileName).Where(n => int.TryParse(n, out _)).Sum(n =>
        {
            var fields = Fields(int.Parse(n!));
            return fields is not null && fields[1] == parent.ToString() ? Times(int.Parse(n!), withChildren: false) : 0;
        });

    private static long Times(int pid, bool withChildren)
    {
        if (Fields(pid) is not { } f) return 0;
        var own = long.Parse(f[UserField - 2]) + long.Parse(f[UserField - 1]);
        return withChildren ? own + long.Parse(f[UserField]) + long.Parse(f[UserField + 1]) : own;
    }

    /// <summary>The fields of /proc/PID/stat after the command name: [0] state, [1] ppid, …; null if gone.</summary>
    private static string[]? Fields(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            return text[(text.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

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
