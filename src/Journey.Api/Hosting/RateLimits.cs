using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Journey.Api.Hosting;

/// <summary>
/// How many requests one caller may make (decision 74), with ASP.NET Core's rate limiting middleware: a token bucket
/// per user (the token's <c>sub</c>; a request without a valid token by its remote address) holding
/// <see cref="Settings.Burst"/> requests and refilled by <see cref="Settings.Requests"/> every
/// <see cref="Settings.PeriodSeconds"/>, so one caller's script cannot take the service from everyone else while a
/// burst (a page of reads, a test run) goes through; and imports, the heaviest requests, one at a time per user with
/// one more waiting. A request over either limit is answered 429 with a problem (rule <c>rate-limit</c>) and
/// <c>Retry-After</c>. Health and metrics are exempt: probes and scrapes must never be refused.
/// </summary>
public static class RateLimits
{
    public const string Rule = "rate-limit";
    public const string ImportPolicy = "import";
    public const string RateLimitedType = "https://journey.local/problems/rate-limited";

    /// <param name="Requests">Journey:RateLimit:Requests: the requests a user's bucket gains each period, what a user may keep up; 0 turns the per-user limit off.</param>
    /// <param name="PeriodSeconds">Journey:RateLimit:PeriodSeconds: how often the bucket gains them.</param>
    /// <param name="Burst">Journey:RateLimit:Burst: the most the bucket holds, what a user may make at once after a quiet spell.</param>
    /// <param name="ImportsAtOnce">Journey:RateLimit:ImportsAtOnce: imports a user may run at once.</param>
    /// <param name="ImportsWaiting">Journey:RateLimit:ImportsWaiting: a user's imports that may wait for one to end.</param>
    public sealed record Settings(int Requests = 600, int PeriodSeconds = 10, int Burst = 2000, int ImportsAtOnce = 1, int ImportsWaiting = 1)
    {
        public static Settings From(IConfiguration configuration)
        {
            var defaults = new Settings();
            var section = configuration.GetSection("Journey:RateLimit");
            var settings = new Settings(section.GetValue("Requests", defaults.Requests), section.GetValue("PeriodSeconds", defaults.PeriodSeconds),
                section.GetValue("Burst", defaults.Burst), section.GetValue("ImportsAtOnce", defaults.ImportsAtOnce), section.GetValue("ImportsWaiting", defaults.ImportsWaiting));
            return settings is { Requests: >= 0, PeriodSeconds: > 0, Burst: > 0, ImportsAtOnce: > 0, ImportsWaiting: >= 0 } ? settings
                : throw new InvalidOperationException("Journey:RateLimit: Requests and ImportsWaiting must not be negative; PeriodSeconds, Burst and ImportsAtOnce must be positive.");
        }
    }

    public static IServiceCollection AddJourneyRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = Settings.From(configuration);
        return services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                settings.Requests == 0 || IsExempt(http.Request.Path)
                    ? RateLimitPartition.GetNoLimiter("")
                    : RateLimitPartition.GetTokenBucketLimiter(Caller(http), _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = settings.Burst,
                        TokensPerPeriod = settings.Requests,
                        ReplenishmentPeriod = TimeSpan.FromSeconds(settings.PeriodSeconds),
                        QueueLimit = 0,
                    }));
            options.AddPolicy(ImportPolicy, http => RateLimitPartition.GetConcurrencyLimiter(Caller(http), _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = settings.ImportsAtOnce,
                QueueLimit = settings.ImportsWaiting,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            }));
            options.OnRejected = (context, cancellation) => Refuse(context, settings, cancellation);
        });
    }

    /// <summary>The caller a limit counts against: the token's subject once authenticated, else the address the request came from.</summary>
    private static string Caller(HttpContext http) =>
        http.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } subject }
            ? "user:" + subject
            : "address:" + http.Connection.RemoteIpAddress;

    private static bool IsExempt(PathString path) => path.StartsWithSegments("/health") || path.StartsWithSegments("/metrics");

    private static async ValueTask Refuse(OnRejectedContext context, Settings settings, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(settings.PeriodSeconds);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        // The body was never read: Kestrel would drain it after the answer, and end the connection under the client
        // if it is over the body limit. Closing it says so, so the client does not send its next request down it.
        if (http.Request.ContentLength > 0 || http.Request.Headers.TransferEncoding.Count > 0) http.Response.Headers.Connection = "close";
        var message = http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == ImportPolicy
            ? $"You are running as many imports as you may at once ({settings.ImportsAtOnce}, and {settings.ImportsWaiting} waiting); send this one when one has finished."
            : $"You have made more requests than one user may: {settings.Burst} at once, then {settings.Requests} every {settings.PeriodSeconds} s. " +
              $"Nothing was read or stored; try again in {seconds} s.";
        var problem = new ProblemDetails
        {
            Type = RateLimitedType,
            Title = "Too many requests.",
            Status = StatusCodes.Status429TooManyRequests,
            Detail = message,
        };
        problem.Extensions["rule"] = Rule;
        problem.Extensions["violations"] = new[] { new { field = "request", rule = Rule, message } };
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    }
}
