using Journey.Api.Export;
using Microsoft.Net.Http.Headers;

namespace Journey.Api.Hosting;

/// <summary>
/// The headers every answer carries, set as the answer starts so that refusals, errors and the framework's own
/// answers carry them too (decision 75):
/// <list type="bullet">
/// <item><c>X-Content-Type-Options: nosniff</c> on every answer (ASVS 5.0 3.4.4: "all HTTP responses"), so a browser
/// never reads a CSV or JSON answer as script or HTML.</item>
/// <item><c>Cache-Control: no-store</c> on every <c>/api</c> answer (ASVS 4.0.3 8.2.1 and 5.0 14.2.2: sensitive data
/// not cached in browsers or server components): any of them may name a child.</item>
/// <item>A Content-Security-Policy on every HTML answer, with <c>object-src 'none'</c> and <c>base-uri 'none'</c>
/// (ASVS 5.0 3.4.3) and <c>frame-ancestors 'none'</c> (ASVS 4.0.3 14.4.7): the chronology may load nothing but its
/// own inline style, allowed by its hash; the API reference at <c>/docs</c> loads its own scripts, so its policy
/// holds only framing, plugins and the base.</item>
/// <item><c>Content-Disposition: attachment</c> with a file name on every download that succeeded (ASVS 5.0 3.2.1):
/// the exports and every CSV are saved, not shown inside the service's origin; an endpoint that names its own attachment
/// (a statutory return's file) keeps its name.</item>
/// </list>
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>Any HTML this service writes itself (today the chronology): nothing loaded, nothing run, its one style block allowed by hash.</summary>
    public static readonly string PagePolicy =
        $"default-src 'none'; style-src '{ChronologyHtml.StyleHash}'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>The API reference (Scalar) needs its scripts, styles and fonts; it shows no child data, so only framing, plugins and the base are held.</summary>
    public const string DocsPolicy = "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext http)
    {
        http.Response.OnStarting(() =>
        {
            Apply(http);
            return Task.CompletedTask;
        });
        return next(http);
    }

    private static void Apply(HttpContext http)
    {
        var (request, response) = (http.Request, http.Response);
        response.Headers.XContentTypeOptions = "nosniff";
        if (request.Path.StartsWithSegments("/api")) response.Headers.CacheControl = "no-store";
        if (MediaTypeHeaderValue.TryParse(response.ContentType, out var type) && type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase))
            response.Headers.ContentSecurityPolicy = request.Path.StartsWithSegments("/docs") ? DocsPolicy : PagePolicy;
        // An endpoint that names its own attachment keeps its name (a statutory return's file, decision 82).
        if (response.StatusCode is >= 200 and < 300 && DownloadName(request.Path) is { } name && !NamesItsAttachment(response))
            response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = name }.ToString();
    }

    private static bool NamesItsAttachment(HttpResponse response) =>
        ContentDispositionHeaderValue.TryParse(response.Headers.ContentDisposition.ToString(), out var given)
        && given.DispositionType.Equals("attachment", StringComparison.OrdinalIgnoreCase) && (given.FileName.HasValue || given.FileNameStar.HasValue);

    /// <summary>
    /// A download is an /api answer whose route ends in a file name (export.json, export.html, measures.csv, …); it is
    /// saved under its path after /api/, slashes as hyphens: children-C-1001-export.html, looked-after-visits.csv.
    /// </summary>
    public static string? DownloadName(PathString path) =>
        path.StartsWithSegments("/api", out var rest) && rest.Value is { Length: > 1 } file && Path.HasExtension(file)
            ? file.Trim('/').Replace('/', '-')
            : null;
}
