using System.Net;
using System.Reflection;
using System.Text;
using JasperFx.CodeGeneration.Frames;
using Journey.Domain.Journeys;
using Journey.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.IntegrationTests.Api;

/// <summary>
/// Every step recorded through the API, enumerated from the running service so a step added later is checked too,
/// is decided once by a Validate method, and Wolverine hands the accepted decision to the endpoint method as an
/// argument (decision 110): no endpoint method takes the request itself to fetch it from there.
/// </summary>
public sealed class DecisionArgumentTests(JourneyHost host)
{
    private IReadOnlyList<HttpChain> RecordingEndpoints() =>
        host.Chains().Where(chain => chain.RequestType?.IsAssignableTo(typeof(IJourneyCommand)) == true).ToArray();

    [Fact]
    public void Every_recording_endpoint_takes_the_decision_its_Validate_method_returned_as_an_argument()
    {
        var endpoints = RecordingEndpoints();
        endpoints.Count.ShouldBeGreaterThan(80);

        endpoints.Where(chain => !chain.Method.Method.GetParameters().Any(p => p.ParameterType == typeof(Decision)))
            .Select(chain => chain.RoutePattern!.RawText).ShouldBeEmpty("endpoints not given the decision as an argument");
        endpoints.Where(chain => chain.Method.Method.GetParameters().Any(p => p.ParameterType == typeof(HttpContext)))
            .Select(chain => chain.RoutePattern!.RawText).ShouldBeEmpty("endpoints that take the request");
        endpoints.Where(chain => !chain.Middleware.OfType<MethodCall>()
                .Any(call => call.Method.Name == "Validate" && call.Creates.Any(v => v.VariableType == typeof(Decision))))
            .Select(chain => chain.RoutePattern!.RawText).ShouldBeEmpty("endpoints whose decision no Validate method returns");
    }

    [Fact]
    public void A_capabilitys_recording_endpoints_are_one_class_named_for_it_but_the_contact_which_validates_more()
    {
        // FrontDoor/FrontDoorEndpoints.cs holds the front door's steps (decision 112).
        RecordingEndpoints().Select(chain => chain.Method.HandlerType)
            .Where(type => type.Name != type.Namespace!.Split('.')[^1] + "Endpoints" && type.Name != "RecordContactEndpoint")
            .Select(type => type.FullName).Distinct().ShouldBeEmpty("recording endpoints outside their capability's class");
    }

    [Fact]
    public void Every_recording_endpoint_is_decided_by_the_one_JourneyRecording_Validate_the_contact_after_its_disposed_record_check()
    {
        // JourneyRecordingPolicy adds JourneyRecording.Validate last to each chain whose body is a journey command; no
        // endpoint class has a Validate of its own but the contact's, which runs first (decision 124).
        static string[] Validates(HttpChain chain) => chain.Middleware.OfType<MethodCall>()
            .Where(call => call.Method.Name == "Validate").Select(call => call.HandlerType.Name).ToArray();
        var endpoints = RecordingEndpoints();
        var contact = endpoints.Single(chain => chain.RoutePattern!.RawText == "/api/children/{childId}/contacts");

        endpoints.Where(chain => chain != contact && !Validates(chain).SequenceEqual(["JourneyRecording"]))
            .Select(chain => $"{chain.RoutePattern!.RawText}: {string.Join(", ", Validates(chain))}").ShouldBeEmpty();
        Validates(contact).ShouldBe(["RecordContactEndpoint", "JourneyRecording"]);
    }

    [Fact]
    public async Task Every_step_for_a_child_with_no_journey_is_not_found_before_its_command_is_decided()
    {
        // The shared Validate runs after the aggregate workflow's not-found check (decision 124): an empty command, which
        // every Validate would refuse 400, for a child nobody has recorded is 404 on every route that needs a journey.
        var client = host.ClientFor("sw.not.found");
        var child = JourneyApi.NewChildId();
        var needingJourney = RecordingEndpoints().Where(chain => chain.Method.Method.GetParameters()
            .Any(p => p.GetCustomAttribute<WriteAggregateAttribute>() is { Required: true })).ToArray();
        needingJourney.Length.ShouldBe(RecordingEndpoints().Count - 1, "every step but the contact needs a journey");

        var answers = new List<string>();
        foreach (var chain in needingJourney)
        {
            var route = chain.RoutePattern!;
            var url = "/" + string.Join("/", route.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { Name: "childId" } => child,
                _ => "1",
            }))));
            using var body = new StringContent("{}", Encoding.UTF8, "application/json");
            var response = await client.PostAsync(url, body, TestContext.Current.CancellationToken);
            if (response.StatusCode != HttpStatusCode.NotFound) answers.Add($"{route.RawText}: {(int)response.StatusCode}");
        }
        answers.ShouldBeEmpty();
    }
}
