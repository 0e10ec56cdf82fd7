namespace Journey.Benchmarks;

/// <summary>
/// CPU time (user + system) of processes on this machine, from /proc/PID/stat: one process's own, or a PostgreSQL
/// cluster's (its postmaster, every backend and worker it has waited for, and those still running). Read before and
/// after a measurement, the difference is what the measurement cost each. Null where /proc is not there, or the
/// server is not on this machine.
/// </summary>
public static class ProcessCpu
{
    // Index of cutime among the fields after the command name; utime and stime are the two before it, cstime the one after.
    private const int UserField = 13;
    // Clock ticks a second (USER_HZ): 100 on every Linux build .NET runs on; the kernel reports /proc times in it.
    private const double TicksPerSecond = 100;

    public static double? Seconds(int pid) => Fields(pid) is null ? null : Ticks(pid, withChildren: false) / TicksPerSecond;

    /// <summary>CPU seconds of the cluster <paramref name="postmaster"/> runs, since it started.</summary>
    public static double? ClusterSeconds(int? postmaster) =>
        postmaster is { } pm && Fields(pm) is not null ? (Ticks(pm, withChildren: true) + ChildrenTicks(pm)) / TicksPerSecond : null;

    /// <summary>The postmaster of a server backend (pg_backend_pid() of a connection), when the server runs here.</summary>
    public static int? PostmasterOf(int backendPid)
    {
        if (Command(backendPid) != "postgres" || Fields(backendPid) is not { } backend) return null;
        var parent = int.Parse(backend[1]);
        return Command(parent) is "postgres" or "postmaster" ? parent : null;
    }

    /// <summary>Clock ticks of a process, with those of its children it has waited for when asked.</summary>
    public static long Ticks(int pid, bool withChildren)
    {
        if (Fields(pid) is not { } f) return 0;
        var own = long.Parse(f[UserField - 2]) + long.Parse(f[UserField - 1]);
        return withChildren ? own + long.Parse(f[UserField]) + long.Parse(f[UserField + 1]) : own;
    }

    /// <summary>Clock ticks of the running children of <paramref name="parent"/>, their own only.</summary>
    public static long ChildrenTicks(int parent) =>
        Directory.EnumerateDirectories("/proc").Select(Path.GetFileName).Where(n => int.TryParse(n, out _)).Sum(n =>
        {
            var fields = Fields(int.Parse(n!));
            return fields is not null && fields[1] == parent.ToString() ? Ticks(int.Parse(n!), withChildren: false) : 0;
        });

    /// <summary>The fields of /proc/PID/stat after the command name: [0] state, [1] ppid, …; null if gone.</summary>
    public static string[]? Fields(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            return text[(text.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    private static string? Command(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/comm").Trim(); }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }
}
