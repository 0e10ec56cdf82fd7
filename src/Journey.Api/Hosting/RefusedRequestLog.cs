using Journey.Domain.Journeys;

namespace Journey.Api.Hosting;

/// <summary>
/// A request refused before any rule runs (a body that cannot be read as the step, too large or not
/// JSON; a query value that cannot be parsed) is the caller's mistake, not a fault of the service: it is
/// logged once, at Debug, by route template and rule, with no stack trace and no value (decision 70).
/// Wolverine logs every body it cannot read at Error, with the exception and its stack, under the name of
/// the request's type (HttpHandler.ReadJsonAsync's ILogger&lt;T&gt;); those categories, the journey
/// commands', are silenced (<see cref="SilenceBodyReadingErrors"/>), since RequestProblems logs the
/// refusal instead. Nothing else logs under a command's name: the domain holds no logger.
/// </summary>
public static class RefusedRequestLog
{
    public static ILoggingBuilder SilenceBodyReadingErrors(this ILoggingBuilder logging)
    {
        var commands = new[] { typeof(IJourneyCommand).Assembly, typeof(RefusedRequestLog).Assembly }
            .SelectMany(a => a.GetTypes()).Where(t => t.IsAssignableTo(typeof(IJourneyCommand)) && t is { IsInterface: false, IsAbstract: false });
        // ILogger<T>'s category is the type's full name, nested types joined with '.'.
        foreach (var command in commands) logging.AddFilter(command.FullName!.Replace('+', '.'), LogLevel.None);
        return logging;
    }

    public static void Refused(HttpContext http, int status, IEnumerable<RuleViolation> violations)
    {
        var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RefusedRequestLog));
        if (!logger.IsEnabled(LogLevel.Debug)) return;
        // The rules only: a field the caller misspelt is the caller's own text.
        logger.LogDebug("Refused {Method} {Route} with {Status}: {Rules}.", http.Request.Method,
            RouteTemplate.Of(http), status, string.Join(", ", violations.Select(v => v.Rule).Distinct()));
    }
}
