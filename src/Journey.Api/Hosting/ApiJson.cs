using System.Text.Json;
using System.Text.Json.Serialization;
using Journey.Domain.Journeys;
using Journey.Projections;

namespace Journey.Api.Hosting;

/// <summary>
/// How the API reads and writes JSON: web defaults, enum names exactly as written (never numbers, nor
/// in another case), instants only with their offset (decision 69), and journey events written with
/// their type. Commands leave missing values to the rules, which name them; <see cref="Facts"/> reads
/// a whole recorded fact and so insists on every value. A body is read strictly (decision 51): a field
/// the step does not have, or a field given twice, refuses the request rather than being dropped or
/// overwritten, because a misspelt field silently dropped loses a fact from a child's record. The
/// import reads its lines with its own options (StepCommands.Json), which share the converters.
/// </summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static readonly JsonSerializerOptions Facts = new(Options)
    {
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new ExactEnumNames());
        options.Converters.Add(new OffsetInstantConverter());
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.AllowDuplicateProperties = false;
        JourneyJson.AddEventPolymorphism(options);
        return options;
    }
}
