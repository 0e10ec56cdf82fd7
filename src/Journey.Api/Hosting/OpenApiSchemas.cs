using System.Text.Json.Nodes;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Journey.Api.Hosting;

/// <summary>
/// The OpenAPI document describes instants and code names as the API reads them: the schema generator
/// cannot see through a converter of our own (<see cref="OffsetInstantConverter"/>, <see cref="ExactEnumNames"/>,
/// decision 69) and would describe either as anything at all. An instant is a string in date-time format; a
/// code name a string, one of the names.
/// </summary>
public static class OpenApiSchemas
{
    public static void Describe(OpenApiOptions options) => options.AddSchemaTransformer((schema, context, _) =>
    {
        var declared = context.JsonTypeInfo.Type;
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        var nullable = Nullable.GetUnderlyingType(declared) is not null ? JsonSchemaType.Null : 0;
        if (type == typeof(DateTimeOffset))
        {
            schema.Type = JsonSchemaType.String | nullable;
            schema.Format = "date-time";
        }
        else if (type.IsEnum)
        {
            schema.Type = JsonSchemaType.String | nullable;
            schema.Enum = [.. Enum.GetNames(type).Select(name => (JsonNode)JsonValue.Create(name))];
        }
        return Task.CompletedTask;
    });
}
