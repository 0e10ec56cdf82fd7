using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;

namespace Journey.Domain.Journeys;

/// <summary>
/// How long what a command carries may be, whatever the step: free text (concerns, reasons,
/// rationales) at most <see cref="FreeText"/> characters; a name or identifier (a team, a worker,
/// an authority, a family id) at most <see cref="Name"/>, declared with [MaxLength] on the command's
/// field; a list at most <see cref="ListEntries"/> entries of at most <see cref="Name"/> characters
/// each. A step's own rules may be stricter (codes, child ids). Checked for every command before it
/// is decided, so an optional field nobody's rule looks at cannot carry a megabyte into the record.
/// No text holds a control character (decision 69), except that free text written over several lines
/// (<see cref="MultiLineText"/>) may hold tabs and line breaks.
/// </summary>
public static class FieldLimits
{
    public const int FreeText = 2000;
    public const int Name = 200;
    public const int ListEntries = 100;

    public const string NoControlCharacters = "no-control-characters";

    /// <summary>
    /// The fields of free text a practitioner writes in sentences and paragraphs (concerns, rationales,
    /// reasons, a discussion's outcome, what prompted a pathway plan, a step-down plan), by their JSON name
    /// in any step: tab, line feed and carriage return are part of such text. Every other string (names,
    /// identifiers, codes, list entries) is a single value on one line and may hold no control character.
    /// </summary>
    public static readonly IReadOnlySet<string> MultiLineText =
        new HashSet<string>(StringComparer.Ordinal) { "concerns", "consentRationale", "rationale", "reason", "outcome", "changePrompting", "plan" };

    private static readonly ConcurrentDictionary<Type, IReadOnlyList<(PropertyInfo Property, string Field, int Max)>> Fields = new();

    /// <summary>The limits <paramref name="command"/> breaks, each named as the field is in JSON.</summary>
    public static IReadOnlyList<RuleViolation> Check(object command)
    {
        var violations = new List<RuleViolation>();
        foreach (var (property, field, max) in Fields.GetOrAdd(command.GetType(), Describe))
        {
            switch (property.GetValue(command))
            {
                case string text:
                    if (text.Length > max) violations.Add(new RuleViolation(field, "max-length", $"{field} must be at most {max} characters."));
                    if (ControlCharacterIn(field, text, MultiLineText.Contains(field)) is { } control) violations.Add(control);
                    break;
                case IEnumerable list:
                    var entries = list.Cast<object?>().ToList();
                    if (entries.Count > ListEntries || entries.Any(e => e is string s && s.Length > Name))
                        violations.Add(new RuleViolation(field, "max-length",
                            $"{field} lists at most {ListEntries} entries, each at most {Name} characters."));
                    if (entries.OfType<string>().Select(e => ControlCharacterIn(field, e)).FirstOrDefault(v => v is not null) is { } inEntry)
                        violations.Add(inEntry);
                    break;
            }
        }
        return violations;
    }

    /// <summary>
    /// Decides <paramref name="command"/> with its field limits: every broken limit and every broken
    /// rule are reported together (a limit and a rule of the same name on the same field once).
    /// </summary>
    public static Decision DecideWithinLimits(this IJourneyCommand command, ChildJourney journey, DateTimeOffset now)
    {
        var limits = Check(command);
        var decision = command.Decide(journey, now);
        if (limits.Count == 0) return decision;
        return Decision.Refuse([.. limits, .. decision.Violations.Where(v => !limits.Any(l => l.Field == v.Field && l.Rule == v.Rule))]);
    }

    /// <summary>
    /// The refusal of the first control character (Unicode category Cc: U+0000 to U+001F and U+007F to
    /// U+009F) <paramref name="text"/> may not hold, or null; <paramref name="multiLine"/> text may hold tab,
    /// line feed and carriage return. U+0000 cannot be stored at all (PostgreSQL's jsonb and text refuse it,
    /// so it failed the whole write with 500), and the others have no place in a record people read, nor in
    /// a CSV or a log line (OWASP ASVS 4.0.3 5.1.4, allowed characters; 7.3.1, log injection). Every other
    /// character is left alone, noncharacters such as U+FFFE included: PostgreSQL stores them as given, and
    /// System.Text.Json refuses an unpaired surrogate as it reads the body.
    /// </summary>
    public static RuleViolation? ControlCharacterIn(string field, string? text, bool multiLine = false)
    {
        foreach (var c in text ?? "")
        {
            if (!char.IsControl(c) || (multiLine && c is '\t' or '\n' or '\r')) continue;
            return new RuleViolation(field, NoControlCharacters, multiLine
                ? $"{field} holds a control character (U+{(int)c:X4}); free text may hold tabs and line breaks, and no other control character."
                : $"{field} holds a control character (U+{(int)c:X4}); a name, identifier or code holds none, not even a tab or line break.");
        }
        return null;
    }

    private static IReadOnlyList<(PropertyInfo, string, int)> Describe(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string)
                        || (p.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(p.PropertyType)))
            .Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => (p, JsonNamingPolicy.CamelCase.ConvertName(p.Name), p.GetCustomAttribute<MaxLengthAttribute>()?.Length ?? FreeText))
            .ToArray();
}
