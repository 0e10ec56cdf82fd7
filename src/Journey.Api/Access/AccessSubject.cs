using Journey.Projections.Access;
using Wolverine.Http;
using ChildIdRule = Journey.Domain.Journeys.ChildId;

namespace Journey.Api.Access;

/// <summary>
/// The child, family or list a request is about, decided once per request (decision 59) and held as
/// a request feature, so the access check, the access log (a read's row and a refusal's), the id
/// rules (<see cref="Hosting.ChildIdentifiers"/>) and the endpoint's own binding all mean the same
/// child. A route that names a child or a family decides it; otherwise a <c>childId</c> or
/// <c>familyId</c> query filter does, when the endpoint binds one, matched as the binder matches it
/// (the query's names in any letter case). A filter given on an endpoint that does not bind it filters
/// nothing, so the request is the list it reads.
/// </summary>
/// <param name="ChildId">The child named (the route's, else the bound filter's), as given: it may not be an id at all.</param>
/// <param name="FamilyId">The family named, likewise.</param>
/// <param name="IdsInQueryOfRoute">
/// <c>childId</c>/<c>familyId</c> given in the query of a route that already names a child or family:
/// refused (id-in-route), since a reader of the log could not tell which of the two was read.
/// </param>
public sealed record AccessSubject(string? ChildId, string? FamilyId, IReadOnlyList<string> IdsInQueryOfRoute)
{
    public const string ChildParameter = "childId";
    public const string FamilyParameter = "familyId";
    public static readonly IReadOnlyList<string> Parameters = [ChildParameter, FamilyParameter];

    /// <summary>The access log's scope: a read of one child, of a family's children, or of a list.</summary>
    public string Scope => ChildId is not null ? AccessLogSchema.ChildScope
        : FamilyId is not null ? AccessLogSchema.FamilyScope
        : AccessLogSchema.ListScope;

    /// <summary>The child named, if it can be a child's id at all (one that cannot is refused with 400 before anything is read).</summary>
    public string? WellFormedChildId => ChildId is not null && ChildIdRule.Check(ChildId) is null ? ChildId : null;

    /// <summary>The subject of this request: decided by whoever asks first (the access check), the same answer after.</summary>
    public static AccessSubject Of(HttpContext http)
    {
        if (http.Features.Get<AccessSubject>() is { } decided) return decided;
        var subject = Decide(http);
        http.Features.Set(subject);
        return subject;
    }

    /// <summary>Whether the endpoint takes <paramref name="name"/>, in its route or as a parameter the binder fills from the query.</summary>
    public static bool Takes(HttpChain chain, string name) =>
        chain.RoutePattern?.GetParameter(name) is not null
        || chain.Method.Method.GetParameters().Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    private static AccessSubject Decide(HttpContext http)
    {
        var routeValues = http.Request.RouteValues;
        var query = http.Request.Query; // ASP.NET Core's query collection matches names ignoring case, as the binder reads it
        string? Routed(string name) => routeValues.TryGetValue(name, out var value) ? value?.ToString() : null;
        var (routeChild, routeFamily) = (Routed(ChildParameter), Routed(FamilyParameter));
        if (routeChild is not null || routeFamily is not null)
            return new AccessSubject(routeChild, routeFamily, Parameters.Where(query.ContainsKey).ToArray());

        var chain = http.GetEndpoint()?.Metadata.GetMetadata<HttpChain>();
        string? Filter(string name) => chain is not null && Takes(chain, name) && query.TryGetValue(name, out var value) ? value.ToString() : null;
        return new AccessSubject(Filter(ChildParameter), Filter(FamilyParameter), []);
    }
}
