namespace Journey.Benchmarks;

/// <summary>
/// One figure: what was measured, its value and unit, the peak memory of the process doing the
/// work, the ratio to the raw COPY rate where that means something, and the target with whether it
/// was met and by how much.
/// </summary>
public sealed record Result(string Table, string What, double Value, string Unit, double? PeakMiB, string? PeakOf = null,
    double? RatioToCopy = null, Target? Target = null, string? Note = null);

/// <summary>A target: at least or at most <see cref="Limit"/>.</summary>
public sealed record Target(string Text, double Limit, bool AtLeast, bool OnRatio = false)
{
    public string Verdict(double value)
    {
        var met = AtLeast ? value >= Limit : value <= Limit;
        var by = AtLeast ? value / Limit - 1 : 1 - value / Limit;
        if (met) return $"met ({by:+0%;-0%} margin)";
        // A rate short of its floor is missed by the share it lacks; a time over its limit by how many times the limit it took.
        return AtLeast ? $"**missed by {Math.Abs(by):0%}**" : $"**missed: {value / Limit:0.0} × the limit**";
    }
}
