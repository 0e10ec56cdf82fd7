using Journey.Api.Daemon;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Journey.Api.Hosting;

/// <summary>
/// Traces for HTTP, PostgreSQL and Wolverine, and metrics (projection lag among them, from
/// ProjectionLagMetrics); exported over OTLP only when OTEL_EXPORTER_OTLP_ENDPOINT is configured,
/// so a developer's machine needs no collector.
/// </summary>
public static class JourneyTelemetry
{
    public static IServiceCollection AddJourneyTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var exportOtlp = !string.IsNullOrEmpty(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("journey-api"))
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation().AddNpgsql().AddSource("Wolverine", "Marten");
                if (exportOtlp) tracing.AddOtlpExporter();
            })
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddMeter("Wolverine", "Marten", ProjectionLagMetrics.MeterName);
                if (exportOtlp) metrics.AddOtlpExporter();
            });
        services.AddSingleton<ProjectionLagMetrics>();
        services.AddHostedService(sp => sp.GetRequiredService<ProjectionLagMetrics>());
        return services;
    }
}
