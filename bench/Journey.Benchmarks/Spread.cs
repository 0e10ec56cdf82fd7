namespace Journey.Benchmarks;

/// <summary>A figure measured in several runs: the median, with the lowest and highest.</summary>
public sealed record Spread(double Median, double Min, double Max, int Runs)
{
    public static Spread Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        return new Spread(middle, sorted[0], sorted[^1], sorted.Count);
    }

    /// <summary>"4,222 (4,100–4,310)"; a single run's figure alone.</summary>
    public string Text(string format = "N0") => Runs == 1 ? Median.ToString(format) : $"{Median.ToString(format)} ({Min.ToString(format)}–{Max.ToString(format)})";
}
