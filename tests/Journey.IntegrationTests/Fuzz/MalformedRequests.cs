using System.Collections;
using System.Globalization;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Journey.Api.Hosting;
using Journey.Domain.Journeys;
using Wolverine.Http;

namespace Journey.IntegrationTests.Fuzz;

/// <summary>One malformed request: what was done to it (for the failure report), and the request.</summary>
public sealed record MalformedRequest(string Kind, HttpMethod Method, string Url, byte[]? Body, string? ContentType, bool IsImport = false)
{
    public HttpRequestMessage ToMessage(string? idempotencyKey)
    {
        var message = new HttpRequestMessage(Method, Url);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null) message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
        }
        if (idempotencyKey is not null) message.Headers.Add("Idempotency-Key", idempotencyKey);
        return message;
    }

    public override string ToString() =>
        $"{Kind}: {Method} {Url[..Math.Min(Url.Length, 120)]} [{ContentType}] {(Body is null ? "" : Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 200)))}";
}

/// <summary>
/// Makes requests that are each wrong in a way the service must refuse whatever the child's journey
/// holds: a body that is not JSON, or not of a type the endpoint reads; a field of the wrong type, unknown,
/// repeated or over its length; a required field missing; a date before the calendar or in the future;
/// an unknown code name; a child id that cannot be one; a body over the size limit; a query value that
/// cannot be parsed; a contact right in every way but one of form (<see cref="OneFaultContacts"/>). Every
/// string sent holds <see cref="OneFaultContacts.RecordedText"/>. Seeded, so a failure is the same on every run.
/// </summary>
public sealed class MalformedRequests(Random random, FuzzedEndpoints endpoints, IReadOnlyList<string> children)
{
    private readonly OneFaultContacts _oneFault = new(random);

    private static readonly string[] BadChildIds =
        ["bad id", "-leading-dash", "_leading-underscore", "Ćhild", "a.b", "x%20y", new string('C', ChildId.MaxLength + 1), "%E2%98%83", "a%2Fb"];

    private static readonly string[] ImplausibleInstants =
        ["1899-12-31T23:59:59Z", "1066-10-14T09:00:00Z", "0001-01-01T00:00:00Z", "2009-12-31T12:00:00Z", "2200-01-01T00:00:00Z", "9999-12-31T23:59:59Z"];

    private static readonly string[] UnreadableInstants =
        ["yesterday", "2026-02-30T09:00:00Z", "2026-13-01T09:00:00Z", "2026-03-02T25:00:00Z", "02/03/2026 09:00", "2026-03-02T09:00:00+25:00", "9999-12-31T23:59:59-14:00", ""];

    private static readonly string[] ImplausibleDates = ["0001-01-01", "1899-12-31", "2101-01-01", "9999-12-31", "10000-01-01"];

    private static readonly string[] UnreadableDates = ["2026-02-30", "2026-13-01", "not-a-date", "20261301", "2026-W10", "31-12-2026"];

    private static readonly string[] WrongMediaTypes =
        ["text/plain", "application/xml", "text/csv", "application/x-www-form-urlencoded", "multipart/form-data; boundary=fuzz", "application/octet-stream", "image/png"];

    private static readonly string[] WrongJsonRoots = ["null", "[]", "[{}]", "42", "\"text\"", "true", "{}{}", "{\"a\":1}]"];

    public MalformedRequest Next()
    {
        var roll = random.NextDouble();
        if (roll < 0.05) return _oneFault.Body();
        if (roll < 0.72) return Recording(endpoints.Posts[random.Next(endpoints.Posts.Count)]);
        if (roll < 0.93) return Reading();
        return Import();
    }

    private MalformedRequest Recording(HttpChain chain)
    {
        var type = chain.RequestType!;
        var properties = type.GetProperties().Where(p => p.CanWrite || type.GetConstructors().Any(c => c.GetParameters().Any(a => a.Name == p.Name))).ToArray();
        var body = Plausible(properties);
        var child = children[random.Next(children.Count)];
        var occurred = OccurredField(type);

        switch (random.Next(14))
        {
            case 0: return Post("bad-child-id", chain, BadChildIds[random.Next(BadChildIds.Length)], Utf8(Mangle(body, occurred, properties)), "application/json");
            case 1: return Post("wrong-media-type", chain, child, Utf8(body.ToJsonString()), WrongMediaTypes[random.Next(WrongMediaTypes.Length)]);
            case 2: return Post("json-syntax", chain, child, Utf8(Corrupt(body.ToJsonString())), random.Next(4) == 0 ? null : "application/json");
            case 3: return Post("not-an-object", chain, child, Utf8(WrongJsonRoots[random.Next(WrongJsonRoots.Length)]), "application/json");
            case 4: return Post("random-bytes", chain, child, RandomBytes(), "application/json");
            case 5: return Post("oversized", chain, child, Utf8(Oversized(body, properties)), "application/json");
            case 6: return Post("duplicate-field", chain, child, Utf8(Duplicate(body)), "application/json");
            default: return Post("mangled-fields", chain, child, Utf8(Mangle(body, occurred, properties)), "application/json");
        }
    }

    /// <summary>One to three field-level faults, each of which alone makes the request one the service must refuse.</summary>
    private string Mangle(JsonObject body, string occurred, PropertyInfo[] properties)
    {
        var faults = 1 + random.Next(3);
        for (var i = 0; i < faults; i++)
        {
            var property = properties[random.Next(properties.Length)];
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            switch (random.Next(6))
            {
                case 0: body[name] = WrongType(property.PropertyType); break;
                case 1: body["zz" + RandomWord()] = RandomScalar(); break;
                case 2: body.Remove(occurred); break;
                case 3: body[name] = new string(RandomLetter(), FieldLimits.FreeText + 1 + random.Next(20_000)); break;
                // Corrections and withdrawals have no date of their own: their reason goes instead.
                case 4 or 5 when occurred == "reason": body.Remove(occurred); break;
                case 4:
                    body[occurred] = random.Next(3) == 0
                        ? DateTimeOffset.UtcNow.AddDays(1 + random.Next(5000)).ToString("O", CultureInfo.InvariantCulture)
                        : ImplausibleInstants[random.Next(ImplausibleInstants.Length)];
                    break;
                default: body[occurred] = UnreadableInstants[random.Next(UnreadableInstants.Length)]; break;
            }
        }
        return body.ToJsonString();
    }

    private MalformedRequest Reading()
    {
        var withQuery = endpoints.Gets.Where(g => g.Query.Any(IsParsed)).ToArray();
        var childRoutes = endpoints.Gets.Where(g => FuzzedEndpoints.Route(g.Chain).Contains("{childId}")).ToArray();
        if (random.Next(5) == 0 && childRoutes.Length > 0)
        {
            var (chain, _) = childRoutes[random.Next(childRoutes.Length)];
            return new MalformedRequest("bad-child-id", HttpMethod.Get, FuzzedEndpoints.Route(chain).Replace("{childId}", BadChildIds[random.Next(BadChildIds.Length)]), null, null);
        }
        var (get, query) = withQuery[random.Next(withQuery.Length)];
        var parsed = query.Where(IsParsed).ToArray();
        var bad = parsed[random.Next(parsed.Length)];
        var url = FuzzedEndpoints.Route(get).Replace("{childId}", children[random.Next(children.Count)]).Replace("{familyId}", "F-1");
        return new MalformedRequest($"bad-query {bad.Name}", HttpMethod.Get, $"{url}?{bad.Name}={Uri.EscapeDataString(Unparseable(bad))}", null, null);
    }

    private MalformedRequest Import()
    {
        if (random.Next(4) == 0)
            return new MalformedRequest("import wrong-media-type", HttpMethod.Post, "/api/import", Utf8("{}\n"), random.Next(2) == 0 ? "application/json" : "text/plain", IsImport: true);
        var lines = Enumerable.Range(0, 1 + random.Next(8)).Select(_ => ImportLine());
        return new MalformedRequest("import refused-lines", HttpMethod.Post, "/api/import", Utf8(string.Join("\n", lines) + "\n"), "application/x-ndjson", IsImport: true);
    }

    /// <summary>An import line the import must refuse: its documented answer is a 200 report with the line refused.</summary>
    private string ImportLine()
    {
        var step = JourneySteps.All[random.Next(JourneySteps.All.Count)];
        var line = new JsonObject
        {
            ["childId"] = children[random.Next(children.Count)],
            ["type"] = step.Event.Name,
            ["occurredAt"] = "2026-03-02T09:00:00Z",
            ["recordedAt"] = "2026-03-02T10:00:00Z",
            ["recordedBy"] = "legacy.worker",
            ["data"] = Plausible(step.Command.GetProperties()),
        };
        switch (random.Next(8))
        {
            case 0: return Corrupt(line.ToJsonString());
            case 7: return _oneFault.ImportLine();
            case 1: line["childId"] = BadChildIds[random.Next(BadChildIds.Length)]; break;
            case 2: line["type"] = "Not" + RandomWord(); break;
            case 3: line["occurredAt"] = ImplausibleInstants[random.Next(ImplausibleInstants.Length)]; break;
            case 4: line["data"] = RandomScalar(); break;
            case 5: line["recordedAt"] = "2026-03-01T09:00:00Z"; break; // before it happened
            default: line["occurredAt"] = UnreadableInstants[random.Next(UnreadableInstants.Length)]; break;
        }
        return line.ToJsonString();
    }

    private MalformedRequest Post(string kind, HttpChain chain, string child, byte[] body, string? contentType) =>
        new(kind, HttpMethod.Post, FuzzedEndpoints.Route(chain).Replace("{childId}", child), body, contentType);

    /// <summary>A body of the right shape with ordinary values: never sent as it is.</summary>
    private JsonObject Plausible(IEnumerable<PropertyInfo> properties)
    {
        var body = new JsonObject();
        foreach (var p in properties)
        {
            if (p.Name == nameof(IJourneyCommand.ExpectedVersion)) continue;
            body[JsonNamingPolicy.CamelCase.ConvertName(p.Name)] = PlausibleValue(p.PropertyType);
        }
        return body;
    }

    private JsonNode? PlausibleValue(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(DateTimeOffset)) return "2026-03-02T09:00:00Z";
        if (t == typeof(DateOnly)) return "2026-03-02";
        if (t == typeof(bool)) return random.Next(2) == 0;
        if (t == typeof(int) || t == typeof(long)) return 1;
        if (t.IsEnum) return Enum.GetNames(t)[random.Next(Enum.GetNames(t).Length)];
        if (t == typeof(string)) return OneFaultContacts.RecordedText;
        if (t == typeof(JsonElement)) return new JsonObject();
        if (typeof(IEnumerable).IsAssignableFrom(t)) return new JsonArray(OneFaultContacts.RecordedText);
        return null;
    }

    private JsonNode WrongType(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        JsonNode[] candidates =
            t == typeof(string) ? [12, true, new JsonObject(), new JsonArray(1, 2), 1.5]
            : t == typeof(DateTimeOffset) ? [20260302, true, "yesterday", "2026-02-30T09:00:00Z", new JsonObject(), new JsonArray()]
            : t == typeof(DateOnly) ? [20260302, "2026-02-30", "tomorrow", false, new JsonArray()]
            : t == typeof(bool) ? ["yes", 1, "true", 0, new JsonObject(), "no"]
            : t == typeof(int) || t == typeof(long) ? ["one", 1.5, true, JsonNode.Parse("1e40")!, new JsonArray(), "0x10"]
            : t.IsEnum ? ["NotAValue" + RandomWord(), 0, 3, true, "", new JsonObject()]
            : t == typeof(JsonElement) ? [12, "text", true]
            : typeof(IEnumerable).IsAssignableFrom(t) ? ["x", 5, new JsonObject(), new JsonArray(1, 2)]
            : ["?"];
        return candidates[random.Next(candidates.Length)].DeepClone();
    }

    private static bool IsParsed(ParameterInfo parameter)
    {
        var t = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return t != typeof(string) || parameter.Name is "asAt" or "from" or "to" or "month" or "asRecordedAt" or "asOccurredAt" or "measure" or "status" or "periodBy" or "kpi"
            or "childId" or "familyId";
    }

    private string Unparseable(ParameterInfo parameter)
    {
        var t = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        string[] values =
            t == typeof(bool) ? ["maybe", "yes", "2", "tru", "on"]
            : t == typeof(int) || t == typeof(long) ? ["ten", "1.5", "99999999999999999999", "0x10", "1e3", "-"]
            : t == typeof(DateOnly) ? [.. UnreadableDates, .. ImplausibleDates]
            : parameter.Name is "childId" or "familyId" ? BadChildIds
            : parameter.Name is "measure" or "status" or "periodBy" or "kpi" ? ["no-such-" + RandomWord(), "'; drop table journey.measures; --", new string('m', 3000)]
            : [.. UnreadableDates, .. ImplausibleDates, "yesterday", "2026-13", "0001-01", "9999-12", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", new string('9', 3000)];
        return values[random.Next(values.Length)];
    }

    private string Corrupt(string json) => random.Next(6) switch
    {
        0 => json[..(1 + random.Next(json.Length - 1))],
        1 => json + new[] { "x", "}", ",", " {}", " null", "\u0000" }[random.Next(6)],
        2 => json.Replace(':', '='),
        3 => json.Replace('"', '\''),
        4 => "{" + json,
        _ => json.Insert(1, "/* comment */"),
    };

    private string Duplicate(JsonObject body)
    {
        var json = body.ToJsonString();
        var (name, value) = body.ElementAt(random.Next(body.Count));
        return json[..^1] + $",\"{name}\":{value?.ToJsonString() ?? "null"}}}";
    }

    private string Oversized(JsonObject body, PropertyInfo[] properties)
    {
        var name = JsonNamingPolicy.CamelCase.ConvertName(properties[random.Next(properties.Length)].Name);
        body[name] = new string(RandomLetter(), (int)RequestLimits.Body + 1 + random.Next(200_000));
        return body.ToJsonString();
    }

    private static string OccurredField(Type command) =>
        JourneySteps.All.FirstOrDefault(s => s.Command == command)?.OccurredField ?? "reason";

    private byte[] RandomBytes()
    {
        var bytes = new byte[1 + random.Next(512)];
        random.NextBytes(bytes);
        return bytes;
    }

    private JsonNode RandomScalar() => random.Next(4) switch { 0 => RandomWord(), 1 => random.Next(), 2 => true, _ => new JsonArray() };

    private string RandomWord() => new([.. Enumerable.Range(0, 3 + random.Next(8)).Select(_ => RandomLetter())]);

    private char RandomLetter() => (char)('a' + random.Next(26));

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
