using JasperFx.CodeGeneration.Frames;
using Journey.Api.Access;
using Journey.Api.Authorisation;
using Journey.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Wolverine.Http;

namespace Journey.IntegrationTests.Api;

/// <summary>
/// What the pipeline decided for a read reaches its endpoint as an argument (decisions 120 and 121), checked over every
/// endpoint of the running service so one added later is too: the children the caller may read (<see cref="ReadScope"/>),
/// and the access-log row the read was logged as (<see cref="AccessLogRow"/>). No endpoint takes the request to look
/// them up; the service's code cannot use HttpContext.Items at all (BannedSymbols.txt refuses it at build).
/// </summary>
public sealed class RequestValueArgumentTests(JourneyHost host)
{
    /// <summary>The rules whose endpoints answer lists filtered to the children the caller may read.</summary>
    private static readonly AccessRule[] ListsByScope = [AccessRules.ReadRows, AccessRules.ReadRetention, AccessRules.ReadReadiness];

    private static bool Takes<T>(HttpChain chain) => chain.Method.Method.GetParameters().Any(p => p.ParameterType == typeof(T));

    [Fact]
    public void Every_list_filtered_to_the_callers_children_takes_the_read_scope_as_an_argument_and_not_the_request()
    {
        var lists = host.Chains().Where(chain => ListsByScope.Contains(AccessRules.Of(chain))).ToArray();
        lists.Length.ShouldBeGreaterThan(25);

        lists.Where(chain => !Takes<ReadScope>(chain)).Select(chain => chain.RoutePattern!.RawText).ShouldBeEmpty("lists not given the read scope");
        lists.Where(Takes<HttpContext>).Select(chain => chain.RoutePattern!.RawText).ShouldBeEmpty("lists that take the request");
    }

    [Fact]
    public void The_access_logs_listings_take_the_row_their_own_read_was_logged_as_from_the_access_log_middleware()
    {
        var listings = host.Chains().Where(chain => chain.Method.HandlerType == typeof(AccessLogEndpoint)).ToArray();
        listings.Length.ShouldBe(2);

        listings.Where(chain => !Takes<AccessLogRow>(chain) || Takes<HttpContext>(chain))
            .Select(chain => chain.RoutePattern!.RawText).ShouldBeEmpty("listings not given their row, or given the request");
        listings.Where(chain => !chain.Middleware.OfType<MethodCall>()
                .Any(call => call.HandlerType == typeof(AccessLogMiddleware) && call.Creates.Any(v => v.VariableType == typeof(AccessLogRow))))
            .Select(chain => chain.RoutePattern!.RawText).ShouldBeEmpty("listings whose row the access log's Before does not return");
    }
}
