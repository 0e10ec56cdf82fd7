using System.Diagnostics;
using Journey.Api.Authorisation;
using Journey.Api.Hosting;
using Journey.Projections.Logging;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Journey.Api.Access;

/// <summary>
/// Logs a read of children's records before the read runs (applied by <see cref="AccessLogPolicy"/>
/// in Program.cs). The row is written on the request's connection (the one the access check used,
/// <see cref="RequestConnection"/>), committed before the endpoint reads anything, so no failure of
/// the read can skip it; the connection then goes back to the pool. If the row cannot be written,
/// the read is refused (503) and shows nothing: a record nobody can prove was read is not shown.
/// The row written is handed to the endpoint as an argument (<see cref="AccessLogRow"/>), as Wolverine
/// hands on any value a Before method returns (decision 121).
/// </summary>
public static class AccessLogMiddleware
{
    public const string CorrelationHeader = "X-Correlation-ID";

    public static async Task<(AccessLogRow?, ProblemDetails)> Before(HttpContext http, TimeProvider clock, ILoggerFactory loggers)
    {
        // The request's own instance (the access check's), not one Wolverine would build for the endpoint.
        var connection = http.RequestServices.GetRequiredService<RequestConnection>();
        try
        {
            var row = new AccessLogRow(await AccessLogWriter.Write(connection, Describe(http, clock), http.RequestAborted));
            await connection.Release();
            return (row, WolverineContinue.NoProblems);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // By route template and failure kind: the path names the child, and a database error can quote the row it refused (decision 70).
            loggers.CreateLogger(typeof(AccessLogMiddleware)).LogError("A read of {Route} was refused: the access log could not be written ({Failure}).",
                RouteTemplate.Of(http), FailureKind.Of(failure));
            return (null, NotLogged());
        }
    }

    /// <summary>The 503 answered when a read's row cannot be written: nothing is shown (shared with the statutory returns, decision 82).</summary>
    public static ProblemDetails NotLogged() => new()
    {
        Type = "https://journey.local/problems/access-not-logged",
        Title = "The read could not be logged, so it was refused.",
        Status = StatusCodes.Status503ServiceUnavailable,
        Detail = "Every read of a child's record is logged before it is shown. The log could not be written; nothing was read. Try again.",
    };

    /// <summary>
    /// The row for this request: the child or family is the one the access check decided on
    /// (<see cref="AccessSubject"/>, decision 59), never read again from the parameters. The parameters
    /// are the route values and the query as sent; a query name that repeats a route value's (in any
    /// letter case) is kept beside it as <c>?name</c>, so neither hides the other.
    /// </summary>
    /// <param name="refusedRule">The access rule a refused request broke; null for a read let through.</param>
    public static AccessRead Describe(HttpContext http, TimeProvider clock, string? refusedRule = null)
    {
        var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value ?? "";
        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in http.Request.RouteValues)
            if (value is not null) parameters[key] = value.ToString()!;
        foreach (var (key, values) in http.Request.Query)
            parameters[http.Request.RouteValues.ContainsKey(key) ? "?" + key : key] = values.ToString();

        var subject = AccessSubject.Of(http);
        // A signed token naming no subject was refused before it authenticated anyone (decision 62): its roles are what it carried.
        var subjectless = http.Features.Get<SubjectlessToken>();
        return new AccessRead(
            ReadAt: clock.GetUtcNow(),
            UserName: subjectless is not null ? SubjectRequired.NoSubject
                : http.User.Identity?.Name ?? throw new InvalidOperationException("A read of a child's record reached the log without an authenticated caller."),
            Roles: (subjectless?.Roles ?? http.User.FindAll(Hosting.JourneyAuthentication.RoleClaim).Select(c => c.Value)).Distinct().Order().ToArray(),
            View: "/" + route.TrimStart('/'),
            Parameters: parameters,
            ChildId: subject.ChildId,
            FamilyId: subject.FamilyId,
            CorrelationId: CorrelationOf(http),
            Method: http.Request.Method,
            RefusedRule: refusedRule);
    }

    /// <summary>The caller's X-Correlation-ID when it sends one, else the request's trace id (as Wolverine stamps on the events a write appends).</summary>
    public static string CorrelationOf(HttpContext http) =>
        http.Request.Headers[CorrelationHeader].ToString() is { Length: > 0 } given ? given
            : Activity.Current?.RootId ?? http.TraceIdentifier;
}

/// <summary>
/// The row <see cref="AccessLogMiddleware"/> wrote for this request's read, which an endpoint that is given it takes as an
/// argument: a listing of the access log leaves its own read out (it shows the next time).
/// </summary>
public sealed record AccessLogRow(long Id);

/// <summary>
/// One read about to happen, or one request refused: who, when, which view (the route), its
/// parameters, the child or family it names, and for a refusal the method and the rule broken.
/// A read that names many children at once (a statutory return) gives them in <paramref name="ChildIds"/>
/// with its own <paramref name="Scope"/> (decision 82).
/// </summary>
public sealed record AccessRead(
    DateTimeOffset ReadAt,
    string UserName,
    IReadOnlyList<string> Roles,
    string View,
    IReadOnlyDictionary<string, string> Parameters,
    string? ChildId,
    string? FamilyId,
    string? CorrelationId,
    string Method = "GET",
    string? RefusedRule = null,
    string? Scope = null,
    IReadOnlyCollection<string>? ChildIds = null);
