namespace Journey.Benchmarks;

/// <summary>
/// A process's peak resident memory (VmHWM in /proc/PID/status), reset before each measurement by
/// writing 5 to /proc/PID/clear_refs, so each figure is the peak of that measurement alone.
/// </summary>
public static class PeakMemory
{
    public static void Reset(int pid)
    {
        try { File.WriteAllText($"/proc/{pid}/clear_refs", "5"); }
        catch (IOException) { } // not Linux, or not ours: the peak is then the process's since start
        catch (UnauthorizedAccessException) { }
    }

    /// <summary>Peak resident set in MiB, or null where /proc is not there.</summary>
    public static double? Read(int pid)
    {
        var path = $"/proc/{pid}/status";
        if (!File.Exists(path)) return null;
        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
    }

    public static int Self => Environment.ProcessId;
}
