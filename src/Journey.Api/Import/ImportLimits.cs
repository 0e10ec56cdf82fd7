using Journey.Api.Hosting;

namespace Journey.Api.Import;

/// <summary>
/// What keeps one import from holding the service's memory (decision 72; docs/api.md "Limits"): a line longer than
/// <see cref="MaxLineBytes"/> (Journey:Import:MaxLineBytes, default a recording body's 64 KiB, since a line is one
/// step) is reported by number and skipped without being held; the report lists the first
/// <see cref="MaxProblemsListed"/> problems (Journey:Import:MaxProblemsListed, default 1,000) and counts the rest.
/// </summary>
public sealed record ImportLimits(int MaxLineBytes = ImportLimits.DefaultMaxLineBytes, int MaxProblemsListed = ImportLimits.DefaultMaxProblemsListed)
{
    public const int DefaultMaxLineBytes = (int)RequestLimits.Body;
    public const int DefaultMaxProblemsListed = 1000;

    public static readonly ImportLimits Default = new();

    public static ImportLimits From(IConfiguration configuration)
    {
        var limits = new ImportLimits(
            configuration.GetValue("Journey:Import:MaxLineBytes", DefaultMaxLineBytes),
            configuration.GetValue("Journey:Import:MaxProblemsListed", DefaultMaxProblemsListed));
        return limits is { MaxLineBytes: > 0, MaxProblemsListed: >= 0 } ? limits
            : throw new InvalidOperationException("Journey:Import:MaxLineBytes must be positive and Journey:Import:MaxProblemsListed not negative.");
    }
}
