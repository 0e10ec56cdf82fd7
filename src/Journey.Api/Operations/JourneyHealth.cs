using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Journey.Api.Operations;

/// <summary>
/// Liveness and readiness for an orchestrator or load balancer, anonymous and free of child data:
/// <c>/health/live</c> runs no check (the process answers: restart it only if it does not);
/// <c>/health/ready</c> runs the checks tagged ready — the database answers and the projection
/// daemon runs every async shard — and answers 503 when one fails (send no traffic; do not restart).
/// </summary>
public static class JourneyHealth
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string Ready = "ready";

    public static IServiceCollection AddJourneyHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", HealthStatus.Unhealthy, [Ready], TimeSpan.FromSeconds(5))
            .AddCheck<ProjectionDaemonHealthCheck>("projection-daemon", HealthStatus.Unhealthy, [Ready]);
        return services;
    }

    public static void MapJourneyHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = Write })
            .AllowAnonymous().ExcludeFromDescription();
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = Write })
            .AllowAnonymous().ExcludeFromDescription();
    }

    /// <summary>The overall status and each check's status and description; never an exception's text.</summary>
    private static Task Write(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }, JsonSerializerOptions.Web, http.RequestAborted);
    }
}
