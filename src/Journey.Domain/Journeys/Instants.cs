using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Journey.Domain.Journeys;

/// <summary>
/// An instant as the API documents it (docs/api.md, "Input rules"): ISO 8601 with its offset written,
/// <c>Z</c> or <c>+hh:mm</c>/<c>-hh:mm</c>, such as 2026-11-16T09:30:00Z. A time without one
/// ("2026-11-16T09:30:00") names no instant: System.Text.Json and DateTimeOffset.Parse read it in the
/// server's own time zone, so a visit at 09:30 in Leeds would be stored as whatever the host's zone
/// made of it, and a date alone as its midnight. It is refused rather than guessed (decision 69;
/// OWASP ASVS 4.0.3 5.1.4: structured data validated against a defined pattern).
/// </summary>
public static partial class Instants
{
    public const string Example = "2026-11-16T09:30:00Z";

    /// <summary>Whether <paramref name="text"/> is an instant with its offset, and the instant it names.</summary>
    public static bool TryParse(string? text, out DateTimeOffset instant)
    {
        instant = default;
        // The shape first (the offset written), then the values (no 30 February, no +25:00) by .NET's own parser.
        return text is not null && Shape().IsMatch(text)
               && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
    }

    // Date, T, hours and minutes, optional seconds and fraction (at most .NET's 7 digits), then Z or ±hh:mm. \z, not $.
    [GeneratedRegex(@"\A\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})\z")]
    private static partial Regex Shape();
}

/// <summary>
/// Reads a DateTimeOffset only when it carries its offset (<see cref="Instants"/>), for every body, import
/// line and correction; writes it as System.Text.Json does. A refusal is a JsonException without a message,
/// which System.Text.Json reports as the value at its path that could not be converted (rule iso-8601-instant).
/// </summary>
public sealed class OffsetInstantConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && Instants.TryParse(reader.GetString(), out var instant) ? instant : throw new JsonException();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
