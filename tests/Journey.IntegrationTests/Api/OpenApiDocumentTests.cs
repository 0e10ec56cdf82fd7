using System.Text.Json.Nodes;
using Alba;
using Journey.Domain.FrontDoor;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Api;

/// <summary>
/// The OpenAPI document still describes instants and code names, which the API reads through converters of
/// its own (decision 69) that the schema generator cannot see through.
/// </summary>
public sealed class OpenApiDocumentTests(JourneyHost host)
{
    /// <summary>The document as anyone may read it: no token, JSON.</summary>
    private async Task<JsonNode> Document() => (await host.Scenario(s =>
    {
        s.Get.Url("/openapi/v1.json");
        s.StatusCodeShouldBeOk();
        s.ContentTypeShouldBe("application/json;charset=utf-8");
    })).ReadAsJson<JsonNode>()!;

    [Fact]
    public async Task Instants_are_date_time_strings_and_code_names_are_listed()
    {
        var document = await Document();
        var schemas = document["components"]!["schemas"]!;

        var receivedAt = schemas["RecordContact"]!["properties"]!["receivedAt"]!;
        receivedAt["format"]!.GetValue<string>().ShouldBe("date-time");
        receivedAt["type"]!.AsArray().Select(t => t!.GetValue<string>()).ShouldContain("string");
        schemas["ConsentStatus"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).ShouldBe(Enum.GetNames<ConsentStatus>());
    }

    [Fact]
    public async Task The_document_has_a_title_an_introduction_and_a_sentence_for_every_tag_its_endpoints_carry()
    {
        var document = await Document();

        document["info"]!["title"]!.GetValue<string>().ShouldBe(Journey.Api.Hosting.OpenApiDescription.Title);
        document["info"]!["description"]!.GetValue<string>().ShouldStartWith("Journey records each step");
        var described = document["tags"]!.AsArray().ToDictionary(t => t!["name"]!.GetValue<string>(), t => t!["description"]!.GetValue<string>());
        var used = document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject())
            .SelectMany(operation => operation.Value!["tags"]?.AsArray().Select(t => t!.GetValue<string>()) ?? []).Distinct().Order().ToArray();
        used.ShouldNotBeEmpty();
        used.Where(tag => !described.ContainsKey(tag)).ShouldBeEmpty("tags without a sentence");
        described.Keys.Where(tag => !used.Contains(tag)).ShouldBeEmpty("sentences for tags no endpoint carries");
        described.Values.ShouldAllBe(sentence => sentence.Length > 10);
    }
}
