using System.Globalization;
using Journey.Domain.Reference;

namespace Journey.Domain.Timescales;

/// <summary>
/// Effective-dated timescale rules (seeds/reference/timescale-rules.csv). Measure code asks the
/// rulebook, never a literal, for how long a clock runs.
/// </summary>
public sealed class TimescaleRulebook
{
    private static readonly Lazy<TimescaleRulebook> Defaults = new(() =>
    {
        using var reader = EmbeddedReference.Open("timescale-rules.csv");
        return Parse(reader, "timescale-rules.csv");
    });

    private readonly Dictionary<string, TimescaleRule[]> _byMeasure;

    public TimescaleRulebook(IEnumerable<TimescaleRule> rules)
    {
        var all = rules.ToList();
        // The SQL rulebook is keyed by rule_id, and each measure row names the rule that applied.
        if (all.GroupBy(r => r.RuleId).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
            throw new InvalidOperationException($"The rulebook has rule_id '{duplicate.Key}' more than once; each rule needs its own id.");
        if (all.GroupBy(r => (r.Measure, r.EffectiveFrom)).FirstOrDefault(g => g.Count() > 1) is { } clash)
            throw new InvalidOperationException(
                $"The rulebook has two rules for '{clash.Key.Measure}' from {clash.Key.EffectiveFrom:yyyy-MM-dd} ({string.Join(", ", clash.Select(r => r.RuleId))}).");
        _byMeasure = all.GroupBy(r => r.Measure)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.EffectiveFrom).ToArray());
    }

    /// <summary>
    /// This rulebook with <paramref name="overrides"/> merged over it: for each measure the
    /// overrides name, their rules replace this rulebook's from the earliest override date for that
    /// measure onward, and this rulebook's rules before that date stay. Measures the overrides do
    /// not name keep this rulebook's rules; measures only the overrides name are added.
    /// </summary>
    public TimescaleRulebook MergedWith(TimescaleRulebook overrides)
    {
        var merged = new List<TimescaleRule>();
        foreach (var (measure, rules) in _byMeasure)
        {
            var replacedFrom = overrides._byMeasure.TryGetValue(measure, out var local) ? local[0].EffectiveFrom : DateOnly.MaxValue;
            merged.AddRange(rules.Where(r => r.EffectiveFrom < replacedFrom));
        }
        merged.AddRange(overrides.Rules);
        return new TimescaleRulebook(merged);
    }

    public static TimescaleRulebook Default => Defaults.Value;

    public IEnumerable<TimescaleRule> Rules => _byMeasure.Values.SelectMany(r => r);

    public static TimescaleRulebook Parse(TextReader reader, string source)
    {
        var rules = SimpleCsv.Read(reader, source).Select(line =>
        {
            var f = line.Fields;
            string Field(string name) => f.TryGetValue(name, out var value)
                ? value
                : throw new FormatException($"{source} line {line.LineNumber}: no '{name}' column; the columns are {RulebookColumns}.");
            var unit = Field("unit") switch
            {
                TimescaleUnits.WorkingDays => TimescaleUnit.WorkingDays,
                TimescaleUnits.Hours => TimescaleUnit.Hours,
                TimescaleUnits.Months => TimescaleUnit.Months,
                TimescaleUnits.Weeks => TimescaleUnit.Weeks,
                TimescaleUnits.Days => TimescaleUnit.Days,
                var other => throw new FormatException(
                    $"{source} line {line.LineNumber}: unit '{other}' is not one of {string.Join(", ", TimescaleUnits.All)}.")
            };
            var counting = Field("counting") switch
            {
                TimescaleCountings.DayZero => TimescaleCounting.DayZero,
                TimescaleCountings.DayOne => TimescaleCounting.DayOne,
                var other => throw new FormatException(
                    $"{source} line {line.LineNumber}: counting '{other}' is not one of {string.Join(", ", TimescaleCountings.All)}.")
            };
            var rule = new TimescaleRule(Field("rule_id"), Field("measure"), unit,
                int.Parse(Field("target"), CultureInfo.InvariantCulture),
                DateOnly.ParseExact(Field("effective_from"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Field("basis"), counting, Field("words"), Field("words_from"));
            return Checked(rule, source, line.LineNumber);
        });
        return new TimescaleRulebook(rules);
    }

    /// <summary>The rulebook file's columns, for the message when one is missing.</summary>
    public const string RulebookColumns = "rule_id, measure, unit, target, counting, effective_from, basis, words, words_from";

    /// <summary>
    /// A rule cites its source's words and where they were read (decision 77), and says day 1 only
    /// where a date can begin a period: hours run from an instant, and ages, durations and windows are
    /// read from the day after by the SQL that uses them.
    /// </summary>
    private static TimescaleRule Checked(TimescaleRule rule, string source, int lineNumber)
    {
        string? problem = null;
        if (string.IsNullOrWhiteSpace(rule.Words))
            problem = "words is empty; quote the words of the rule's source that set the period";
        else if (string.IsNullOrWhiteSpace(rule.WordsFrom))
            problem = "words_from is empty; say where the words were read";
        else if (rule.Counting == TimescaleCounting.DayOne && rule.Unit == TimescaleUnit.Hours)
            problem = "counting day-1 does not apply to hours, which run on the clock from the start instant";
        else if (rule.Counting == TimescaleCounting.DayOne && TimescaleCountings.ReadFromTheDayAfterOnly.Contains(rule.Measure))
            problem = $"counting day-1 does not apply to '{rule.Measure}', an age, duration or window counted from the day after its date";
        else if (rule.Target < 1)
            problem = "target must be at least 1";
        return problem is null ? rule : throw new FormatException($"{source} line {lineNumber} ({rule.RuleId}): {problem}.");
    }

    /// <summary>
    /// Whether any rule for <paramref name="measure"/> was in force on <paramref name="startDate"/>: a
    /// duty that began after the date (the Care Planning Regulations from April 2011) measures nothing before it.
    /// </summary>
    public bool InForce(string measure, DateOnly startDate) =>
        _byMeasure.TryGetValue(measure, out var rules) && rules[0].EffectiveFrom <= startDate;

    /// <summary>The rule for <paramref name="measure"/> in force on <paramref name="startDate"/>.</summary>
    public TimescaleRule RuleFor(string measure, DateOnly startDate)
    {
        if (!_byMeasure.TryGetValue(measure, out var rules))
            throw new KeyNotFoundException($"The rulebook has no rule for measure '{measure}'.");
        var rule = rules.LastOrDefault(r => r.EffectiveFrom <= startDate);
        return rule ?? throw new InvalidOperationException(
            $"No rule for '{measure}' was in force on {startDate:yyyy-MM-dd}; the earliest starts {rules[0].EffectiveFrom:yyyy-MM-dd}.");
    }
}
