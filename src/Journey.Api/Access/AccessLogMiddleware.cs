using System.Diagnostics;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Journey.Api.Access;

/// <summary>
/// Logs a read of children's records before the read runs (applied by <see cref="AccessLogPolicy"/>
/// in Program.cs). The row is written on its own connection and committed before the endpoint
/// reads anything, so no failure of the read can skip it; if the row cannot be written, the read
/// is refused (503) and shows nothing: a record nobody can prove was read is not shown.
/// </summary>
public static class AccessLogMiddleware
{
    public const string CorrelationHeader = "X-Correlation-ID";
    private const string RowKey = "journey.access-log-row";

    public static async Task<ProblemDetails> Before(HttpContext http, IDocumentStore store, TimeProvider clock, ILoggerFactory loggers)
    {
        try
        {
            http.Items[RowKey] = await AccessLogWriter.Write(store, Describe(http, clock), http.RequestAborted);
            return WolverineContinue.NoProblems;
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            loggers.CreateLogger(typeof(AccessLogMiddleware)).LogError(failure, "A read of {Path} was refused: the access log could not be written.", http.Request.Path);
            return new ProblemDetails
            {
                Type = "https://journey.local/problems/access-not-logged",
                Title = "The read could not be logged, so it was refused.",
                Status = StatusCodes.Status503ServiceUnavailable,
                Detail = "Every read of a child's record is logged before it is shown. The log could not be written; nothing was read. Try again.",
            };
        }
    }

    /// <summary>The access-log row written for this request, if any: a listing of the log leaves its own read out.</summary>
    public static long? RowOf(HttpContext http) => http.Items.TryGetValue(RowKey, out var id) ? id as long? : null;

    public static AccessRead Describe(HttpContext http, TimeProvider clock)
    {
        var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value ?? "";
        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in http.Request.RouteValues)
            if (value is not null) parameters[key] = value.ToString()!;
        foreach (var (key, values) in http.Request.Query)
            parameters[key] = values.ToString();
        string? Named(string name) => parameters.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null;

        var child = Named(AccessLogPolicy.ChildRoute);
        var family = Named(AccessLogPolicy.FamilyRoute);
        return new AccessRead(
            ReadAt: clock.GetUtcNow(),
            UserName: http.User.Identity?.Name ?? throw new InvalidOperationException("A read of a child's record reached the log without an authenticated caller."),
            Roles: http.User.FindAll(Hosting.JourneyAuthentication.RoleClaim).Select(c => c.Value).Distinct().Order().ToArray(),
            View: "/" + route.TrimStart('/'),
            Parameters: parameters,
            ChildId: child,
            FamilyId: family,
            CorrelationId: CorrelationOf(http));
    }

    /// <summary>The caller's X-Correlation-ID when it sends one, else the request's trace id (as Wolverine stamps on the events a write appends).</summary>
    public static string CorrelationOf(HttpContext http) =>
        http.Request.Headers[CorrelationHeader].ToString() is { Length: > 0 } given ? given
            : Activity.Current?.RootId ?? http.TraceIdentifier;
}

/// <summary>One read about to happen: who, when, which view (the route), its parameters, and the child or family it names.</summary>
public sealed record AccessRead(
    DateTimeOffset ReadAt,
    string UserName,
    IReadOnlyList<string> Roles,
    string View,
    IReadOnlyDictionary<string, string> Parameters,
    string? ChildId,
    string? FamilyId,
    string? CorrelationId);
