using JasperFx.CodeGeneration.Frames;
using Journey.Domain.Journeys;
using Journey.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Wolverine.Http;

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
}
