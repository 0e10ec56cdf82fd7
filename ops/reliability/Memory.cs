namespace Journey.Reliability;

/// <summary>
/// The service's resident memory over the run. Flat means: after a warm-up (the first fifth of the
/// samples, when the JIT, pools and caches fill), the median of the last third of the samples is
/// within 10% of the median of the first third. A leak grows with the requests served and fails
/// this; the garbage collector's saw-tooth does not, being the same in both thirds.
/// </summary>
public static class Memory
{
    public static bool? Report(List<(TimeSpan At, double MiB)> samples, bool judge)
    {
        if (samples.Count == 0)
        {
            Console.WriteLine("  service memory (VmRSS)    not sampled (no /proc)");
            return null;
        }
        var values = samples.Select(s => s.MiB).ToList();
        Console.WriteLine($"  service memory (VmRSS)    {samples.Count} samples: start {values[0]:0} MiB, median {Median(values):0}, end {values[^1]:0}, max {values.Max():0}");
        if (!judge)
        {
            Console.WriteLine("  memory flatness           not judged (the service was restarted; use --soak-minutes)");
            return null;
        }
        var steady = values.Skip(values.Count / 5).ToList();
        if (steady.Count < 6)
        {
            Console.WriteLine("  memory flatness           too few samples to judge (soak longer)");
            return null;
        }
        var third = steady.Count / 3;
        var first = Median(steady.Take(third).ToList());
        var last = Median(steady.Skip(steady.Count - third).ToList());
        var growth = (last - first) / first;
        var flat = growth <= 0.10;
        Console.WriteLine($"  memory flatness           first third median {first:0} MiB, last third {last:0} MiB ({growth:+0.0%;-0.0%}): {(flat ? "flat" : "GROWING")} (limit +10%)");
        return flat;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
