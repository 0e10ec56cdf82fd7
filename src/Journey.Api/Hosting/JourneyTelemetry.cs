using Journey.Api.Daemon;
using Journey.Api.Operations;
using Marten;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Journey.Api.Hosting;

/// <summary>
/// Traces for HTTP, PostgreSQL and Wolverine, and metrics: HTTP request duration by route
/// (http.server.request.duration, the command latency), Wolverine's, Marten's (events appended by
/// type among them), projection lag (ProjectionLagMetrics) and open-overdue clocks
/// (OverdueClockMetrics). Exported over OTLP only when OTEL_EXPORTER_OTLP_ENDPOINT is configured,
/// so a developer's machine needs no collector, and traced only then; metrics also scraped by
/// Prometheus at /metrics when Journey:Metrics:Prometheus is true (docs/operations.md).
/// </summary>
public static class JourneyTelemetry
{
    public const string PrometheusSetting = "Journey:Metrics:Prometheus";

    public static bool ExportsPrometheus(IConfiguration configuration) => configuration.GetValue(PrometheusSetting, false);

    public static IServiceCollection AddJourneyTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var exportOtlp = !string.IsNullOrEmpty(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var exportPrometheus = ExportsPrometheus(configuration);
        var telemetry = services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService("journey-api"));
        // Spans are only made when something collects them: with no exporter every request's and
        // every statement's span would be built and thrown away.
        if (exportOtlp)
            telemetry.WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddNpgsql().AddSource("Wolverine", "Marten").AddOtlpExporter());
        telemetry.WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddMeter("Wolverine", "Marten", ProjectionLagMetrics.MeterName);
                if (exportOtlp) metrics.AddOtlpExporter();
                if (exportPrometheus) metrics.AddPrometheusExporter();
            });
        // Marten's own counter of the events each committed session appended, tagged by event type:
        // every append (API, import, bulk load) commits through a Marten session.
        services.ConfigureMarten(options => options.OpenTelemetry.TrackEventCounters());
        services.AddSingleton<ProjectionLagMetrics>();
        services.AddHostedService(sp => sp.GetRequiredService<ProjectionLagMetrics>());
        services.AddSingleton<OverdueClockMetrics>();
        services.AddHostedService(sp => sp.GetRequiredService<OverdueClockMetrics>());
        return services;
    }

    /// <summary>
    /// GET /metrics in the Prometheus text format, anonymous like a node exporter's: it holds counts
    /// by event type, measure, projection and route template, never a child's id (decision in docs/decisions.md).
    /// </summary>
    public static void MapJourneyMetrics(this WebApplication app)
    {
        if (ExportsPrometheus(app.Configuration))
            app.MapPrometheusScrapingEndpoint().AllowAnonymous().ExcludeFromDescription();
    }
}
