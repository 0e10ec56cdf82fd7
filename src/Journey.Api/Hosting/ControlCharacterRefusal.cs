using Journey.Api.Recording;
using Journey.Domain.Journeys;

namespace Journey.Api.Hosting;

/// <summary>
/// A route or query value holding a control character (<c>?worker=a%00b</c>, a child id with %0A) is refused
/// 400 naming it, rule no-control-characters, before authorisation and the access log read it (decision 69).
/// No id, code, name or date a route or query takes can hold one; and the access log, which keeps every
/// read's route values and query (decisions 45, 55), cannot store U+0000, so such a read was refused 503
/// and its database error logged with the query in it. A body's text is checked with the step's rules
/// (FieldLimits). Nothing is read, so nothing is logged as read.
/// </summary>
public sealed class ControlCharacterRefusal(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var violations = http.Request.RouteValues.Select(v => FieldLimits.ControlCharacterIn(v.Key, v.Value as string))
            .Concat(http.Request.Query.Select(q =>
                FieldLimits.ControlCharacterIn("query", q.Key) ?? q.Value.Select(v => FieldLimits.ControlCharacterIn(q.Key, v)).FirstOrDefault(v => v is not null)))
            .OfType<RuleViolation>().ToList();
        if (violations.Count == 0) await next(http);
        else await JourneyProblems.InvalidQuery("The request's route or query holds a control character.", violations).ExecuteAsync(http);
    }
}
