using Journey.Synthetic;

namespace Journey.Benchmarks;

/// <summary>
/// Authority-years of synthetic history (src/Journey.Synthetic), written to NDJSON files, a decade
/// per authority: authority-year k is year k mod 10 before the latest of authority k / 10, so ten
/// authority-years are one authority's decade and the KPI month (October 2025) lies in its latest
/// year. A hundred are ten authorities' decades (a region's shared store, or one authority at ten
/// times the volume): one authority's century would reach back before the working-day calendar and
/// the rulebook begin (2010), where no timescale can be counted.
/// </summary>
public sealed class Data(int childrenPerYear, string directory)
{
    public static readonly DateOnly LatestYear = new(2025, 4, 1);
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly KpiMonth = new(2025, 10, 1);
    public const int YearsPerAuthority = 10;

    public int ChildrenPerYear => childrenPerYear;

    /// <summary>Writes years [first, last) of history into one file, streaming; returns its path, lines and size in MiB.</summary>
    public async Task<(string Path, long Lines, double MiB)> Write(int first, int last)
    {
        var path = System.IO.Path.Combine(directory, $"years-{first}-{last}.ndjson");
        long lines = 0;
        await using (var writer = new StreamWriter(path))
        {
            for (var k = first; k < last; k++)
                foreach (var line in JourneyGenerator.Lines(new GeneratorOptions(1 + k, LatestYear.AddYears(-(k % YearsPerAuthority)), 1, childrenPerYear, Now, $"Y{k:D3}")))
                {
                    await writer.WriteLineAsync(line);
                    lines++;
                }
        }
        return (path, lines, new FileInfo(path).Length / 1024.0 / 1024.0);
    }

    /// <summary>A slice for the line-by-line import, under a prefix of its own.</summary>
    public async Task<string> WriteSlice(int children)
    {
        var path = System.IO.Path.Combine(directory, "slice.ndjson");
        await File.WriteAllLinesAsync(path, JourneyGenerator.Lines(new GeneratorOptions(999, LatestYear, 1, children, Now, "LBL")));
        return path;
    }
}
