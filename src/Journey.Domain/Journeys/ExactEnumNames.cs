using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Journey.Domain.Journeys;

/// <summary>
/// Code names (<c>"Given"</c>, <c>"NoFurtherAction"</c>) read exactly as documented: the name as written,
/// in its case, as a string. System.Text.Json's JsonStringEnumConverter also takes <c>"given"</c>,
/// <c>"GIVEN"</c>, <c>" Given"</c> and <c>"Given, Refused"</c> (which it reads as a combination of the two),
/// so a value no one documented was recorded as if it were one; here each is refused as a value the field
/// does not take (rule known-value, whose message lists the names). Written as their names, as before
/// (decision 69; OWASP ASVS 4.0.3 5.1.3: input validated against an allow list).
/// </summary>
public sealed class ExactEnumNames : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Names<>).MakeGenericType(typeToConvert))!;

    private sealed class Names<T> : JsonConverter<T> where T : struct, Enum
    {
        private static readonly FrozenDictionary<string, T> ByName =
            Enum.GetValues<T>().ToFrozenDictionary(v => v.ToString(), StringComparer.Ordinal);

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && ByName.TryGetValue(reader.GetString()!, out var value) ? value : throw new JsonException();

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(Enum.IsDefined(value) ? value.ToString() : throw new JsonException($"{typeof(T).Name} has no value {value:D}."));

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            ByName.TryGetValue(reader.GetString()!, out var value) ? value : throw new JsonException();

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WritePropertyName(Enum.IsDefined(value) ? value.ToString() : throw new JsonException($"{typeof(T).Name} has no value {value:D}."));
    }
}
