using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Http.Metadata;

namespace Journey.Api.Hosting;

/// <summary>
/// Gives the refusals the framework writes before our code runs the shape every other refusal has:
/// a body Wolverine cannot read as the step (bad JSON, an unknown or repeated field, a value of the
/// wrong type), a query value it cannot parse, a body over the size limit and a body that is not
/// JSON each answer a problem with a journey type and <c>violations</c> naming the field and the rule.
/// Wolverine and ASP.NET Core write these through the problem details service, so this is its
/// CustomizeProblemDetails hook; nothing here decides whether a request is refused.
/// </summary>
public static partial class RequestProblems
{
    public const string InvalidJsonType = "https://journey.local/problems/invalid-json";
    public const string TooLargeType = "https://journey.local/problems/request-too-large";
    public const string UnsupportedMediaType = "https://journey.local/problems/unsupported-media-type";

    // Wolverine's titles for these refusals (Wolverine.Http HttpHandler.ReadJsonAsync and WriteQueryValueParsingProblem).
    private const string WolverineInvalidJson = "Invalid JSON format";
    private const string WolverineInvalidQuery = "Invalid query string value";

    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        switch (problem.Status)
        {
            case StatusCodes.Status400BadRequest when problem.Title == WolverineInvalidJson:
                Describe(context, InvalidJsonType, "The request body cannot be read as this step.",
                    Unreadable(problem.Detail ?? "", RequestType(context.HttpContext.GetEndpoint())));
                break;
            case StatusCodes.Status400BadRequest when problem.Title == WolverineInvalidQuery && problem.Extensions.TryGetValue("parameter", out var parameter):
                Describe(context, Recording.JourneyProblems.InvalidQueryType, "The query is not valid.",
                    [UnparseableQuery($"{parameter}", problem.Detail ?? "")]);
                break;
            case StatusCodes.Status413PayloadTooLarge:
                var limit = context.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
                Describe(context, TooLargeType, "The request body is too large.",
                    [new RuleViolation("body", "max-body-size", limit is { } bytes
                        ? $"The body is over this endpoint's limit of {bytes} bytes (docs/api.md, \"Input rules\"); nothing was stored."
                        : "The body is over this endpoint's size limit (docs/api.md, \"Input rules\"); nothing was stored.")]);
                break;
            case StatusCodes.Status415UnsupportedMediaType:
                Describe(context, UnsupportedMediaType, "The request body is not of a type this endpoint reads.",
                    [new RuleViolation("Content-Type", "media-type",
                        $"Send the body as {ExpectedMediaType(context.HttpContext.GetEndpoint())}.")]);
                break;
        }
    }

    private static void Describe(ProblemDetailsContext context, string type, string title, IReadOnlyList<RuleViolation> violations)
    {
        var problem = context.ProblemDetails;
        // Logged here, once, at Debug: the framework's own log of these is silenced (RefusedRequestLog).
        RefusedRequestLog.Refused(context.HttpContext, problem.Status ?? StatusCodes.Status400BadRequest, violations);
        problem.Type = type;
        problem.Title = title;
        problem.Detail = string.Join(" ", violations.Select(v => v.Message));
        problem.Extensions["violations"] = violations.Select(v => new { field = v.Field, rule = v.Rule, message = v.Message }).ToArray();
    }

    /// <summary>
    /// What System.Text.Json said was wrong with JSON read as <paramref name="readAs"/>, by field (the
    /// whole document is "body"): its messages carry the JSON path and the kind of failure. Shared
    /// with the import, which reads each line's data the same way.
    /// </summary>
    public static IReadOnlyList<RuleViolation> Unreadable(string message, Type? readAs)
    {
        var path = PathPattern().Match(message) is { Success: true } m ? m.Groups[1].Value : "$";
        var field = path is "$" ? "body" : FieldOf(path);
        if (UnmappedPattern().Match(message) is { Success: true } unmapped)
        {
            var name = path is "$" ? unmapped.Groups[1].Value : field;
            return [new RuleViolation(name, "known-field",
                $"{name} is not a field of this step; check its spelling against docs/api.md. Nothing was stored, so nothing given was lost.")];
        }
        if (DuplicatePattern().Match(message) is { Success: true } duplicate)
        {
            var name = path is "$" ? duplicate.Groups[1].Value : field;
            return [new RuleViolation(name, "no-repeated-field", $"{name} is given more than once; give each field once.")];
        }
        if (message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
        {
            if (field is "body") return [new RuleViolation("body", "json-object", "The body must be a JSON object holding the step's fields.")];
            var (rule, expected) = Expected(PropertyAt(readAs, path));
            return [new RuleViolation(field, rule, $"{field} must be {expected}.")];
        }
        return [new RuleViolation(field, "json-syntax", $"The body is not well-formed JSON (at {field}): one JSON object, and nothing after it.")];
    }

    private static RuleViolation UnparseableQuery(string parameter, string detail)
    {
        var type = ExpectedTypePattern().Match(detail) is { Success: true } m ? m.Groups[1].Value : "";
        var (rule, expected) = type switch
        {
            _ when type.Contains("Boolean", StringComparison.OrdinalIgnoreCase) || type.Contains("bool", StringComparison.Ordinal) => ("boolean", "true or false"),
            _ when type.Contains("DateOnly", StringComparison.Ordinal) => ("iso-8601-date", "a date in the form yyyy-MM-dd"),
            _ when type.Contains("DateTime", StringComparison.Ordinal) => ("iso-8601-instant", "an ISO 8601 date-time"),
            _ when type.Contains("Int", StringComparison.OrdinalIgnoreCase) || type.Contains("long", StringComparison.Ordinal) => ("whole-number", "a whole number"),
            _ => ("parseable-value", $"a value of type {type}"),
        };
        return new RuleViolation(parameter, rule, $"{parameter} must be {expected}.");
    }

    private static Type? RequestType(Endpoint? endpoint) => endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;

    private static string ExpectedMediaType(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes is { Count: > 0 } types ? string.Join(" or ", types) : "application/json";

    /// <summary>The property a JSON path such as $.attendees[2] or $.replacement names on the request type.</summary>
    private static PropertyInfo? PropertyAt(Type? type, string path)
    {
        var first = FieldOf(path).Split('.', '[')[0];
        return type?.GetProperties().FirstOrDefault(p => string.Equals(p.Name, first, StringComparison.OrdinalIgnoreCase));
    }

    private static (string Rule, string Expected) Expected(PropertyInfo? property)
    {
        var type = property is null ? null : Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return type switch
        {
            null => ("json-type", "a value of the field's type (docs/api.md)"),
            _ when type == typeof(DateTimeOffset) => ("iso-8601-instant", "an ISO 8601 date-time with an offset, such as 2026-11-16T09:30:00Z"),
            _ when type == typeof(DateOnly) => ("iso-8601-date", "a date in the form yyyy-MM-dd"),
            _ when type == typeof(bool) => ("boolean", "true or false"),
            _ when type == typeof(int) || type == typeof(long) => ("whole-number", "a whole number"),
            _ when type.IsEnum => ("known-value", $"one of {string.Join(", ", Enum.GetNames(type))} (as a string)"),
            _ when type == typeof(string) => ("string", "a string"),
            _ when type == typeof(JsonElement) => ("json-object", "a JSON object"),
            _ when typeof(IEnumerable).IsAssignableFrom(type) => ("list-of-strings", "a list of strings"),
            _ => ("json-type", "a value of the field's type (docs/api.md)"),
        };
    }

    /// <summary>$.receivedAt → receivedAt; $['odd name'] → odd name; $.attendees[2] → attendees[2].</summary>
    private static string FieldOf(string path) =>
        BracketNamePattern().Replace(path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$'), "$1").TrimStart('.');

    [GeneratedRegex(@"Path: (\$[^ |]*)")]
    private static partial Regex PathPattern();

    [GeneratedRegex(@"The JSON property '([^']*)' could not be mapped")]
    private static partial Regex UnmappedPattern();

    [GeneratedRegex(@"[Dd]uplicate property '([^']*)'")]
    private static partial Regex DuplicatePattern();

    [GeneratedRegex(@"\['([^']*)'\]")]
    private static partial Regex BracketNamePattern();

    [GeneratedRegex(@"expected type (\S+?)\.?$")]
    private static partial Regex ExpectedTypePattern();
}
