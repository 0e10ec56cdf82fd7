using Wolverine.Http;

namespace Journey.Api.Access;

/// <summary>
/// Which reads are reads of children's records, and so logged in journey.access_log (decision in
/// docs/decisions.md, "The access log"). By convention rather than endpoint by endpoint, so a read
/// added later is logged without anyone remembering to:
/// <list type="bullet">
/// <item>every GET whose route names a child (<c>{childId}</c>: the timeline, the exports, the
/// child's access log) or a family (<c>{familyId}</c>: the family view names its children);</item>
/// <item>every GET that can filter by <c>childId</c> or <c>familyId</c> (measures, chains, plans,
/// referrals, ...): filtered, it is that child's record; unfiltered, a list naming many children;</item>
/// <item>the other lists that name children: the KPI pack's children, the open-clocks work list,
/// the access log itself, the children due for disposal and the return-readiness list.</item>
/// </list>
/// Aggregates that name no child (the KPI pack, recording lag, projection lag) are not logged.
/// </summary>
public static class AccessLogPolicy
{
    /// <summary>Lists over many children that have no child or family filter of their own.</summary>
    public static readonly IReadOnlySet<string> ListsNamingChildren = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "/api/kpi-pack/children",
        "/api/open-clocks",
        AccessLogEndpoint.AllRoute,
        Retention.RetentionDueEndpoint.Route,
        Returns.Readiness.ReadinessEndpoint.Route,
        Returns.Readiness.ReadinessEndpoint.CsvRoute,
    };

    public static bool IsLogged(HttpChain chain)
    {
        if (!chain.HttpMethods.Contains("GET")) return false;
        var route = "/" + (chain.RoutePattern?.RawText ?? "").TrimStart('/');
        return AccessSubject.Parameters.Any(name => AccessSubject.Takes(chain, name)) || ListsNamingChildren.Contains(route);
    }
}
