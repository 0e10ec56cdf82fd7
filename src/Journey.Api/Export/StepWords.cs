using System.Reflection;
using System.Text.RegularExpressions;
using Journey.Domain.Journeys;

namespace Journey.Api.Export;

/// <summary>
/// Each event's name and meaning in plain words, for people reading a chronology: the name from
/// the event type ("Section47ChildSeen" reads "Section 47 child seen"), the meaning from the first
/// sentence under its heading in docs/events.md (embedded in this assembly), and the stage from
/// <see cref="JourneySteps"/>. events.md is kept complete for every event type by EventsDocumentTests.
/// </summary>
public static partial class StepWords
{
    public const string EventsResource = "Journey.Api.events.md";

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Meanings = new(ReadMeanings);

    /// <summary>Events appended only with another step, or that change one, take their stage from what they belong to.</summary>
    private static readonly Dictionary<string, string> OtherStages = new()
    {
        ["Section47Started"] = "Child protection",
        ["ProtectionPlanStarted"] = "Child protection",
        ["EventCorrected"] = "Corrections",
        ["EventWithdrawn"] = "Corrections",
    };

    public static string Name(string eventType)
    {
        var words = Words().Split(eventType).Where(w => w.Length > 0).ToArray();
        return string.Join(' ', words.Select((w, i) => i == 0 || w.All(char.IsDigit) ? w : w.ToLowerInvariant()));
    }

    public static string Meaning(string eventType) => Meanings.Value.GetValueOrDefault(eventType, "");

    public static string Stage(string eventType) =>
        JourneySteps.ByEventName.TryGetValue(eventType, out var step) ? step.Stage : OtherStages.GetValueOrDefault(eventType, "");

    /// <summary>A field's name in words: "childSeenAlone" reads "child seen alone".</summary>
    public static string Field(string name) => Name(name).ToLowerInvariant() is var words && words.Length > 0 ? words : name;

    private static IReadOnlyDictionary<string, string> ReadMeanings()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(EventsResource)
                           ?? throw new InvalidOperationException($"{EventsResource} is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}.");
        var document = new StreamReader(stream).ReadToEnd().Replace("\r\n", "\n");
        var meanings = new Dictionary<string, string>();
        foreach (Match section in Section().Matches(document))
        {
            var paragraph = string.Join(' ', section.Groups["text"].Value.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Replace("`", "");
            // A reader of a chronology needs what the step was, not which endpoint records it.
            paragraph = EndpointNote().Replace(paragraph, "");
            var end = FirstSentenceEnd().Match(paragraph);
            meanings[section.Groups["name"].Value] = end.Success ? paragraph[..(end.Index + 1)] : paragraph;
        }
        return meanings;
    }

    /// <summary>A heading "## EventName", a blank line, then its first paragraph.</summary>
    [GeneratedRegex(@"^## (?<name>\w+)[ \t]*\n\n(?<text>(?:[^\n]+\n)+)", RegexOptions.Multiline)]
    private static partial Regex Section();

    [GeneratedRegex(@"\s*\((?:POST|GET) [^)]*\)")]
    private static partial Regex EndpointNote();

    [GeneratedRegex(@"\.(?=\s|$)")]
    private static partial Regex FirstSentenceEnd();

    /// <summary>Splits before a capital that follows a lower-case letter or digit, and around runs of digits.</summary>
    [GeneratedRegex(@"(?<=[a-z])(?=[A-Z0-9])|(?<=[0-9])(?=[A-Za-z])|(?<=[A-Z])(?=[A-Z][a-z])")]
    private static partial Regex Words();
}
