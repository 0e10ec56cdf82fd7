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
/// </summary>
public static class FieldLimits
{
    public const int FreeText = 2000;
    public const int Name = 200;
    public const int ListEntries = 100;

    private static readonly ConcurrentDictionary<Type, IReadOnlyList<(PropertyInfo Property, string Field, int Max)>> Fields = new();

    /// <summary>The limits <paramref name="command"/> breaks, each named as the field is in JSON.</summary>
    public static IReadOnlyList<RuleViolation> Check(object command)
    {
        var violations = new List<RuleViolation>();
        foreach (var (property, field, max) in Fields.GetOrAdd(command.GetType(), Describe))
        {
            switch (property.GetValue(command))
            {
                case string text when text.Length > max:
                    violations.Add(new RuleViolation(field, "max-length", $"{field} must be at most {max} characters."));
                    break;
                case IEnumerable list and not string:
                    var entries = list.Cast<object?>().ToList();
                    if (entries.Count > ListEntries || entries.Any(e => e is string s && s.Length > Name))
                        violations.Add(new RuleViolation(field, "max-length",
                            $"{field} lists at most {ListEntries} entries, each at most {Name} characters."));
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

    private static IReadOnlyList<(PropertyInfo, string, int)> Describe(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string)
                        || (p.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(p.PropertyType)))
            .Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => (p, JsonNamingPolicy.CamelCase.ConvertName(p.Name), p.GetCustomAttribute<MaxLengthAttribute>()?.Length ?? FreeText))
            .ToArray();
}
