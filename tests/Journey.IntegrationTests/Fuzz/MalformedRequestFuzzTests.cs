using System.Text.Json.Nodes;
using Journey.Api.Authorisation;
using Journey.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Journey.IntegrationTests.Fuzz;

/// <summary>
/// Sends well over a thousand malformed requests, seeded, across every endpoint the service maps
/// (each recording POST, corrections and withdrawals, the import, every GET with a query value it
/// parses): each must be answered 4xx with an application/problem+json body, never 5xx, and nothing
/// may be stored. The service logs at Debug throughout, and its log must hold none of the text the
/// requests carried (docs/operations.md, "Logs"), nothing at Warning or above and no stack trace above
/// Debug: a refused request is the caller's mistake, logged once at Debug by its rule (decision 70). A run
/// prints its seed; a failure lists the requests that broke the rule.
/// </summary>
[Collection(KestrelJourneyHost.Collection)]
public sealed class MalformedRequestFuzzTests(KestrelJourneyHost fixture)
{
    private const int Seed = 20261123;
    private const int Requests = 1500;

    private JourneyHost Host => fixture.Host;

    // The callers, in one place: a practitioner who may record and read, and an importer.
    private HttpClient Practitioner() => Host.ClientFor("fuzz.practitioner");
    private HttpClient Importer() => Host.ClientFor("fuzz.importer", "importer");
    // The statutory returns and the return-readiness list are read by returns officers (decisions 83 and 99), not practitioners.
    private HttpClient ReturnsOfficer() => Host.ClientFor("fuzz.returns", "returns-officer");

    [Fact]
    public async Task Every_malformed_request_is_refused_with_a_problem_and_nothing_is_stored()
    {
        var practitioner = Practitioner();
        var importer = Importer();
        var returnsOfficer = ReturnsOfficer();
        var child = JourneyApi.NewChildId();
        var logged = Host.Log!.Count;
        // A step stored, whose text is not logged either, even at Debug.
        await practitioner.RecordOk(child, "contacts", new { receivedAt = "2026-03-02T09:00:00Z", source = "2A", concerns = $"{OneFaultContacts.RecordedText} stored", consent = "Given" });
        IReadOnlyList<string> children = [child, "DEMO-0001", "DEMO-0012", "DEMO-0020", "DEMO-0030", JourneyApi.NewChildId()];
        var endpoints = FuzzedEndpoints.From(Host.Services);
        var before = await StoredRows.Count(Host);

        var random = new Random(Seed);
        var requests = new MalformedRequests(random, endpoints, children);
        var failures = new List<string>();
        var statuses = new Dictionary<int, int>();
        var cancellation = TestContext.Current.CancellationToken;
        for (var i = 0; i < Requests; i++)
        {
            var request = requests.Next();
            using var message = request.ToMessage(random.Next(5) == 0 ? $"fuzz-{i}" : null);
            var caller = request.IsImport ? importer
                : request.Method == HttpMethod.Get && request.Url.StartsWith(AccessRules.ReturnsRoutes, StringComparison.Ordinal) ? returnsOfficer
                : practitioner;
            using var response = await caller.SendAsync(message, cancellation);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var text = await response.Content.ReadAsStringAsync(cancellation);
            if (Failure(request, status, response.Content.Headers.ContentType?.MediaType, text) is { } failure) failures.Add($"#{i} {failure}");
        }

        var after = await StoredRows.Count(Host);
        var moved = before.Where(t => after.GetValueOrDefault(t.Key) != t.Value).Select(t => $"{t.Key}: {t.Value} -> {after.GetValueOrDefault(t.Key)}").ToList();
        var summary = $"seed {Seed}, {Requests} requests to {endpoints.Posts.Count} recording endpoints, the import and {endpoints.Gets.Count} reads, " +
            $"statuses {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}x{s.Value}"))}";
        summary += $"; {before.Count} tables counted, {before.Values.Sum()} rows before and {after.Values.Sum()} after";
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        var log = Host.Log.Since(logged);
        var leaks = log.Where(e => e.ToString().Contains(OneFaultContacts.RecordedText, StringComparison.Ordinal)).ToList();
        // Kestrel's own Debug entry for a body over the limit carries its exception (a fixed message); nothing else may.
        var loud = log.Where(e => e.Level > LogLevel.Information || (e.Exception is not null && e.Level > LogLevel.Debug)).ToList();
        // Every rule checked, so a failing run says all that is wrong with it.
        summary.ShouldSatisfyAllConditions(
            () => failures.ShouldBeEmpty($"{summary}\n{failures.Count} broke the rule:\n{string.Join("\n", failures.Take(40))}"),
            () => moved.ShouldBeEmpty($"{summary}\nrows stored:\n{string.Join("\n", moved)}"),
            () => leaks.ShouldBeEmpty($"The service's log holds text the requests carried:\n{Kinds(leaks)}"),
            () => loud.ShouldBeEmpty($"Refused requests were logged above Debug or with a stack trace:\n{Kinds(loud)}"),
            () => log.ShouldContain(e => e.Category == "Journey.Api.Hosting.RefusedRequestLog" && e.Level == LogLevel.Debug, "Refusals are logged at Debug"));
        // The fuzz tests input rules only if the callers are let in: a run refused mostly by authorisation proves little.
        (statuses.GetValueOrDefault(401) + statuses.GetValueOrDefault(403)).ShouldBeLessThan(Requests / 20, summary);
        statuses.Keys.Count(s => s is 400 or 413 or 415).ShouldBe(3, summary);
    }

    /// <summary>Log entries by level, category and first line of their exception, most frequent first.</summary>
    private static string Kinds(IEnumerable<CapturedLog.Entry> entries) => string.Join("\n", entries
        .GroupBy(e => $"{e.Level} {e.Category}: {(e.Exception ?? e.Message).Split('\n')[0]}")
        .OrderByDescending(g => g.Count()).Take(20).Select(g => $"{g.Count()} x {g.Key[..Math.Min(g.Key.Length, 300)]}"));

    private static string? Failure(MalformedRequest request, int status, string? mediaType, string text)
    {
        if (request.IsImport && status == 200)
        {
            // The import's documented answer to lines it refuses: 200, with every line in the report's problems.
            var report = JsonNode.Parse(text)!.AsObject();
            var read = report["linesRead"]!.GetValue<int>();
            return report["stored"]!.GetValue<int>() == 0 && report["eventsAppended"]!.GetValue<int>() == 0 && report["refused"]!.GetValue<int>() == read
                ? null : $"{request} => import stored something: {text[..Math.Min(text.Length, 400)]}";
        }
        if (status is < 400 or > 499) return $"{request} => {status} {text[..Math.Min(text.Length, 400)]}";
        if (mediaType != "application/problem+json") return $"{request} => {status} as {mediaType}, not a problem";
        JsonObject problem;
        try
        {
            problem = JsonNode.Parse(text)!.AsObject();
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            return $"{request} => {status} with a problem body that is not JSON: {text[..Math.Min(text.Length, 200)]}";
        }
        if (problem["status"]?.GetValue<int>() != status) return $"{request} => {status} but the problem says {problem["status"]}";
        // A refusal of what was sent names the field and the rule.
        if (status is 400 or 413 or 415 && problem["violations"] is not JsonArray { Count: > 0 } violations)
            return $"{request} => {status} without violations: {text[..Math.Min(text.Length, 400)]}";
        return null;
    }
}
