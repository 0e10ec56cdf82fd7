using System.Text.Json.Nodes;
using Journey.Domain.FrontDoor;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Api;

/// <summary>
/// The OpenAPI document still describes instants and code names, which the API reads through converters of
/// its own (decision 69) that the schema generator cannot see through.
/// </summary>
public sealed class OpenApiDocumentTests(JourneyHost host)
{
    [Fact]
    public async Task Instants_are_date_time_strings_and_code_names_are_listed()
    {
        var document = JsonNode.Parse(await host.AnonymousClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken))!;
        var schemas = document["components"]!["schemas"]!;

        var receivedAt = schemas["RecordContact"]!["properties"]!["receivedAt"]!;
        receivedAt["format"]!.GetValue<string>().ShouldBe("date-time");
        receivedAt["type"]!.AsArray().Select(t => t!.GetValue<string>()).ShouldContain("string");
        schemas["ConsentStatus"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).ShouldBe(Enum.GetNames<ConsentStatus>());
    }
}
