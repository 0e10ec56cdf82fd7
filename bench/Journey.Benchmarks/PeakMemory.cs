namespace Journey.Benchmarks;

/// <summary>
/// A process's peak resident memory (VmHWM in /proc/PID/status), reset before each measurement by
/// writing 5 to /proc/PID/clear_refs, so each figure is the peak of that measurement alone.
/// </summary>
public static class PeakMemory
{
    /// <summary>
    /// Returns what this process's heap can give back (an aggressive, compacting full collection, which
    /// also decommits free memory) and resets its peak, so a measurement starts from what the process
    /// really holds rather than from whatever an earlier, larger one left committed.
    /// </summary>
    /// <returns>The resident set once settled (VmRSS, MiB): where the measurement starts from.</returns>
    public static double? SettleAndReset()
    {
        Settle();
        Reset(Self);
        return Field(Self, "VmRSS:");
    }

    /// <summary>The resident set now (VmRSS), in MiB, after settling the heap: what a measurement left held.</summary>
    public static double? Retained()
    {
        Settle();
        return Field(Self, "VmRSS:");
    }

    private static void Settle()
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }

    public static void Reset(int pid)
    {
        try { File.WriteAllText($"/proc/{pid}/clear_refs", "5"); }
        catch (IOException) { } // not Linux, or not ours: the peak is then the process's since start
        catch (UnauthorizedAccessException) { }
    }

    /// <summary>Peak resident set in MiB, or null where /proc is not there.</summary>
    public static double? Read(int pid) => Field(pid, "VmHWM:");

    private static double? Field(int pid, string name)
    {
        var path = $"/proc/{pid}/status";
        if (!File.Exists(path)) return null;
        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal));
        return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
    }

    public static int Self => Environment.ProcessId;
}
