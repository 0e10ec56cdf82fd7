using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Journey.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Journey.IntegrationTests.Api;

/// <summary>
/// The security headers (decision 75), over every endpoint the service maps (its endpoint data source, so one added
/// later is covered): every answer, refusals and errors included, has nosniff; every /api answer no-store; every
/// HTML answer a Content-Security-Policy with frame-ancestors 'none', the chronology's one that still lets it render;
/// every export and CSV download Content-Disposition: attachment.
/// </summary>
public sealed partial class SecurityHeadersTests(JourneyHost host)
{
    private const string Child = "DEMO-0001";

    private IReadOnlyList<(string Method, string Route)> Endpoints() => host.Services.GetServices<EndpointDataSource>()
        .SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
        .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, e.RoutePattern.RawText!)))
        .Where(e => !e.Item2.Contains("{*", StringComparison.Ordinal) && !e.Item2.Contains("{documentName}", StringComparison.Ordinal))
        .Distinct().OrderBy(e => e.Item2, StringComparer.Ordinal).ToList();

    private static string Url(string route) => "/" + route.TrimStart('/').Replace("{childId}", Child).Replace("{familyId}", "F-NONE");

    [Fact]
    public async Task Every_answer_of_every_endpoint_has_nosniff_and_every_api_answer_no_store()
    {
        var endpoints = Endpoints();
        endpoints.Count.ShouldBeGreaterThan(100);
        var auditor = host.ClientFor("headers.auditor", "auditor");
        var cancellation = TestContext.Current.CancellationToken;
        var requests = endpoints.Select(e => (e.Method, Url: Url(e.Route)))
            // The framework's own answers too: a refusal without a token, an unknown route, the document and the reference.
            .Concat([("GET", "/openapi/v1.json"), ("GET", "/docs"), ("GET", "/api/no-such-route"), ("GET", "/no-such-page")]);

        foreach (var (method, url) in requests)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (method == "POST") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            var response = await auditor.SendAsync(request, cancellation);

            response.Headers.TryGetValues("X-Content-Type-Options", out var nosniff).ShouldBeTrue($"{method} {url} ({(int)response.StatusCode})");
            nosniff.ShouldBe(["nosniff"], $"{method} {url}");
            if (url.StartsWith("/api/", StringComparison.Ordinal))
                response.Headers.CacheControl?.NoStore.ShouldBe(true, $"{method} {url} ({(int)response.StatusCode})");
        }
        var anonymous = await host.AnonymousClient().GetAsync($"/api/children/{Child}/timeline", cancellation);
        ((int)anonymous.StatusCode).ShouldBe(401);
        anonymous.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        anonymous.Headers.CacheControl!.NoStore.ShouldBeTrue();
    }

    [Fact]
    public async Task The_chronology_is_an_attachment_whose_policy_allows_its_own_style_and_nothing_else()
    {
        var response = await host.ClientFor("headers.auditor", "auditor").GetAsync($"/api/children/{Child}/export.html", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        ((int)response.StatusCode).ShouldBe(200, html);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        policy.ShouldContain("default-src 'none'");
        policy.ShouldContain("frame-ancestors 'none'");
        policy.ShouldContain("object-src 'none'");
        policy.ShouldContain("base-uri 'none'");
        // Renders: its one style element is the one the policy allows, by hash; it has no script, image or link to load.
        var style = StyleElement().Matches(html).Single().Groups[1].Value;
        policy.ShouldContain($"style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)))}'");
        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain(" style=", Case.Insensitive);
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileName.ShouldBe($"children-{Child}-export.html");
    }

    [Fact]
    public async Task The_api_reference_may_not_be_framed()
    {
        var response = await host.AnonymousClient().GetAsync("/docs", TestContext.Current.CancellationToken);

        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        policy.ShouldContain("frame-ancestors 'none'");
        policy.ShouldContain("object-src 'none'");
    }

    [Fact]
    public async Task Every_export_and_every_csv_is_a_download_named_for_its_path()
    {
        var downloads = Endpoints().Where(e => e.Method == "GET" && Path.HasExtension(e.Route)).Select(e => e.Route).ToList();
        downloads.ShouldContain("/api/children/{childId}/export.json");
        downloads.ShouldContain("/api/measures.csv");
        var auditor = host.ClientFor("headers.auditor", "auditor");

        foreach (var route in downloads.Where(r => r.StartsWith("/api/", StringComparison.Ordinal)))
        {
            var response = await auditor.GetAsync(Url(route), TestContext.Current.CancellationToken);

            ((int)response.StatusCode).ShouldBe(200, route);
            response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment", route);
            response.Content.Headers.ContentDisposition.FileName.ShouldBe(Url(route)["/api/".Length..].Replace('/', '-'), route);
        }
        // A refusal is not a download: shown, not saved.
        var refused = await host.ClientFor("headers.analyst", "analyst").GetAsync($"/api/children/{Child}/export.json", TestContext.Current.CancellationToken);
        ((int)refused.StatusCode).ShouldBe(403);
        refused.Content.Headers.ContentDisposition.ShouldBeNull();
    }

    [GeneratedRegex("<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleElement();
}
