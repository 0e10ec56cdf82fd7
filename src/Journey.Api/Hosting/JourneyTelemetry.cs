using Journey.Api.Daemon;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Journey.Api.Hosting;

/// <summary>
/// Traces for HTTP, PostgreSQL and Wolverine, and metrics (projection lag among them, from
/// ProjectionLagMetrics); exported over OTLP only when OTEL_EXPORTER_OTLP_ENDPOINT is configured,
/// so a developer's machine needs no collector, and traced only then.
/// </summary>
public static class JourneyTelemetry
{
    public static IServiceCollection AddJourneyTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var exportOtlp = !string.IsNullOrEmpty(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var telemetry = services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService("journey-api"));
        // Spans are only made when something collects them: with no exporter every request's and
        // every statement's span would be built and thrown away.
        if (exportOtlp)
            telemetry.WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddNpgsql().AddSource("Wolverine", "Marten").AddOtlpExporter());
        telemetry.WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddMeter("Wolverine", "Marten", ProjectionLagMetrics.MeterName);
                if (exportOtlp) metrics.AddOtlpExporter();
            });
        services.AddSingleton<ProjectionLagMetrics>();
        services.AddHostedService(sp => sp.GetRequiredService<ProjectionLagMetrics>());
        return services;
    }
}
