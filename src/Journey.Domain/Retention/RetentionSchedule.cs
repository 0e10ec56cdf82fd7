using System.Globalization;
using Journey.Domain.Reference;

namespace Journey.Domain.Retention;

/// <summary>
/// The retention schedule (seeds/reference/retention-schedule.csv), effective-dated as the timescale
/// rules are: for a kind and what its period starts from, the row in force on a date is the one with
/// the latest effective_from on or before it. Retention code asks the schedule, never a literal.
/// </summary>
public sealed class RetentionSchedule
{
    /// <summary>
    /// Every kind needs a row counting from something other than a death in force from here on, the
    /// first date a step may carry (decision 21), so no record can ever be judged without a rule.
    /// </summary>
    public static readonly DateOnly CoveredFrom = new(2010, 1, 1);

    private static readonly Lazy<RetentionSchedule> Defaults = new(() =>
    {
        using var reader = EmbeddedReference.Open("retention-schedule.csv");
        return Parse(reader, "retention-schedule.csv");
    });

    private readonly Dictionary<(string Kind, string Starts), RetentionRule[]> _rows;

    public RetentionSchedule(IEnumerable<RetentionRule> rules)
    {
        var all = rules.ToList();
        if (all.GroupBy(r => r.RuleId).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
            throw new InvalidOperationException($"The retention schedule has rule_id '{duplicate.Key}' more than once.");
        if (all.GroupBy(r => (r.Kind, r.Starts, r.EffectiveFrom)).FirstOrDefault(g => g.Count() > 1) is { } clash)
            throw new InvalidOperationException(
                $"The retention schedule has two rows for {clash.Key.Kind} from {clash.Key.Starts} in force from {clash.Key.EffectiveFrom:yyyy-MM-dd} " +
                $"({string.Join(", ", clash.Select(r => r.RuleId))}).");
        foreach (var kind in RetentionKinds.All)
            if (!all.Any(r => r.Kind == kind && r.Starts != RetentionStarts.DeathBefore18 && r.EffectiveFrom <= CoveredFrom))
                throw new InvalidOperationException(
                    $"The retention schedule has no row for {kind} (counting from birth, an adoption order or the case's closure) in force from {CoveredFrom:yyyy-MM-dd}.");
        _rows = all.GroupBy(r => (r.Kind, r.Starts)).ToDictionary(g => g.Key, g => g.OrderBy(r => r.EffectiveFrom).ToArray());
    }

    public static RetentionSchedule Default => Defaults.Value;

    public IEnumerable<RetentionRule> Rules => _rows.Values.SelectMany(r => r);

    /// <summary>The kind's rows in force on <paramref name="asAt"/>, one per thing a period starts from.</summary>
    public IReadOnlyList<RetentionRule> InForce(string kind, DateOnly asAt) =>
        RetentionStarts.All
            .Select(starts => _rows.TryGetValue((kind, starts), out var rows) ? rows.LastOrDefault(r => r.EffectiveFrom <= asAt) : null)
            .OfType<RetentionRule>()
            .ToList();

    public static RetentionSchedule Parse(TextReader reader, string source) =>
        new(SimpleCsv.Read(reader, source).Select(line =>
        {
            var f = line.Fields;
            string Known(string field, IReadOnlyList<string> allowed) => allowed.Contains(f[field])
                ? f[field]
                : throw new FormatException($"{source} line {line.LineNumber}: {field} '{f[field]}' is not one of {string.Join(", ", allowed)}.");
            var years = int.Parse(f["years"], CultureInfo.InvariantCulture);
            if (years < 1) throw new FormatException($"{source} line {line.LineNumber}: years must be at least 1.");
            if (string.IsNullOrWhiteSpace(f["source"]) || string.IsNullOrWhiteSpace(f["words"]))
                throw new FormatException($"{source} line {line.LineNumber}: every row names its source and quotes its words.");
            return new RetentionRule(f["rule_id"], Known("kind", RetentionKinds.All), Known("starts", RetentionStarts.All), years,
                DateOnly.ParseExact(f["effective_from"], "yyyy-MM-dd", CultureInfo.InvariantCulture), f["source"], f["words"], f["read_from"]);
        }));
}
