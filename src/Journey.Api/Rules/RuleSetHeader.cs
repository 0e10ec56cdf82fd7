namespace Journey.Api.Rules;

/// <summary>
/// Names the rule set on every /api answer, JSON and CSV alike (decision 108): measure, chain and KPI
/// answers are lists whose rows name the rule applied (ruleId) but not the set it came from, and a
/// figure read without knowing whether it was measured by the statutory timescales or a local
/// authority's own is easily misread.
/// </summary>
public static class RuleSetHeader
{
    public const string Name = "Journey-Rule-Set";

    public static IApplicationBuilder UseRuleSetHeader(this IApplicationBuilder app)
    {
        var ruleSet = app.ApplicationServices.GetRequiredService<RuleSetInUse>().Name;
        return app.Use((http, next) =>
        {
            if (http.Request.Path.StartsWithSegments("/api"))
                http.Response.OnStarting(() =>
                {
                    http.Response.Headers[Name] = ruleSet;
                    return Task.CompletedTask;
                });
            return next(http);
        });
    }
}
