using System.Text;
using System.Text.Json.Nodes;
using Journey.Api.Hosting;
using Journey.Api.Recording;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Api;

/// <summary>
/// A body is read strictly (docs/api.md, "Input rules"): what cannot be read as the step is refused
/// with 400 naming the field and the rule, and nothing is stored; so are query values that cannot be
/// parsed and child ids that cannot be one.
/// </summary>
public sealed class InputRulesTests(JourneyHost host)
{
    private const string Contact = "\"receivedAt\":\"2026-03-02T09:00:00Z\",\"source\":\"2A\",\"concerns\":\"Bruising seen at school\",\"consent\":\"Given\"";

    private HttpClient Practitioner() => host.ClientFor("sw.input.rules");

    private async Task<JsonObject> Refused(string child, string json, int status = 400, string contentType = "application/json")
    {
        var client = Practitioner();
        var response = await client.PostAsync($"/api/children/{child}/contacts",
            new StringContent(json, Encoding.UTF8, contentType), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        ((int)response.StatusCode).ShouldBe(status, text);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await client.Timeline(child)).ShouldBeEmpty();
        return JsonNode.Parse(text)!.AsObject();
    }

    private static (string Field, string Rule) Only(JsonObject problem)
    {
        var violation = problem["violations"]!.AsArray().ShouldHaveSingleItem()!;
        return (violation["field"]!.GetValue<string>(), violation["rule"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_field_the_step_does_not_have_is_refused_by_name_not_dropped()
    {
        var problem = await Refused(JourneyApi.NewChildId(), "{" + Contact + ",\"consentRational\":\"Parent agreed\"}");

        problem["type"]!.GetValue<string>().ShouldBe(RequestProblems.InvalidJsonType);
        Only(problem).ShouldBe(("consentRational", "known-field"));
    }

    [Fact]
    public async Task A_field_given_twice_is_refused()
    {
        var problem = await Refused(JourneyApi.NewChildId(), "{" + Contact + ",\"concerns\":\"Something else\"}");

        Only(problem).ShouldBe(("concerns", "no-repeated-field"));
    }

    [Theory]
    [InlineData("\"receivedAt\":12", "receivedAt", "iso-8601-instant")]
    [InlineData("\"receivedAt\":\"2026-02-30T09:00:00Z\"", "receivedAt", "iso-8601-instant")]
    [InlineData("\"consent\":\"Maybe\"", "consent", "known-value")]
    [InlineData("\"consent\":1", "consent", "known-value")]
    [InlineData("\"openToEarlyHelp\":\"yes\"", "openToEarlyHelp", "boolean")]
    [InlineData("\"openToEarlyHelp\":null", "openToEarlyHelp", "boolean")]
    [InlineData("\"expectedVersion\":\"one\"", "expectedVersion", "whole-number")]
    [InlineData("\"concerns\":{\"text\":\"x\"}", "concerns", "string")]
    [InlineData("\"receivedAt\":\"2026-03-02T09:00:00\"", "receivedAt", "iso-8601-instant")]
    [InlineData("\"receivedAt\":\"2026-03-02\"", "receivedAt", "iso-8601-instant")]
    [InlineData("\"consent\":\"given\"", "consent", "known-value")]
    [InlineData("\"consent\":\"GIVEN\"", "consent", "known-value")]
    [InlineData("\"consent\":\" Given\"", "consent", "known-value")]
    [InlineData("\"consent\":\"Given, Refused\"", "consent", "known-value")]
    public async Task A_value_of_the_wrong_type_is_refused_naming_the_field_and_what_it_must_be(string field, string name, string rule)
    {
        var fields = Contact.Split(',').Where(f => !f.StartsWith($"\"{name}\"", StringComparison.Ordinal)).Append(field);
        var problem = await Refused(JourneyApi.NewChildId(), "{" + string.Join(",", fields) + "}");

        Only(problem).ShouldBe((name, rule));
        problem["detail"]!.GetValue<string>().ShouldStartWith($"{name} must be ");
        problem["detail"]!.GetValue<string>().ShouldNotContain("Journey.Domain");
    }

    [Theory]
    [InlineData("{" + Contact + "} trailing", "body", "json-syntax")]
    [InlineData("{" + Contact + "}{}", "body", "json-syntax")]
    [InlineData("{" + Contact, "body", "json-syntax")]
    [InlineData("", "body", "json-syntax")]
    [InlineData("null", "body", "json-object")]
    [InlineData("[]", "body", "json-object")]
    public async Task A_body_that_is_not_one_JSON_object_is_refused(string json, string field, string rule) =>
        Only(await Refused(JourneyApi.NewChildId(), json)).ShouldBe((field, rule));

    [Fact]
    public async Task A_body_that_is_not_JSON_is_refused_415_naming_the_content_type()
    {
        var problem = await Refused(JourneyApi.NewChildId(), "{" + Contact + "}", 415, "text/plain");

        Only(problem).ShouldBe(("Content-Type", "media-type"));
    }

    [Fact]
    public async Task Optional_text_and_names_are_held_to_their_length()
    {
        var problem = await Refused(JourneyApi.NewChildId(),
            "{" + Contact.Replace("\"Given\"", "\"Refused\"") + $",\"consentRationale\":\"{new string('r', 2001)}\"}}");

        Only(problem).ShouldBe(("consentRationale", "max-length"));
    }

    [Theory]
    [InlineData("/api/measures?limit=ten", "limit", "whole-number")]
    [InlineData("/api/measures?asRecorded=maybe", "asRecorded", "boolean")]
    [InlineData("/api/referrals?from=2026-02-30", "from", "iso-8601-date")]
    [InlineData("/api/open-clocks?overdueOnly=yes", "overdueOnly", "boolean")]
    [InlineData("/api/open-clocks?measure=no-such-measure", "measure", "known-measure")]
    [InlineData("/api/measures?asAt=0026-11-23", "asAt", "plausible-date")]
    [InlineData("/api/referrals?to=9999-12-31", "to", "plausible-date")]
    [InlineData("/api/kpi-pack?from=1899-12", "from", "plausible-date")]
    public async Task A_query_value_that_cannot_be_parsed_is_refused_not_read_as_the_default(string url, string field, string rule) =>
        await host.Scenario(s =>
        {
            s.Get.Url(url);
            s.WithBearerToken(host.TokenFor("sw.input.rules"));
            s.ShouldRefuseNaming(JourneyProblems.InvalidQueryType, field, rule);
        });

    [Fact]
    public async Task The_open_clocks_list_takes_every_measure_and_chain_it_shows()
    {
        foreach (var measure in Journey.Api.OpenClocks.OpenClocksEndpoint.Measures)
            ((int)(await Practitioner().GetAsync($"/api/open-clocks?measure={measure}", TestContext.Current.CancellationToken)).StatusCode).ShouldBe(200, measure);
    }

    [Theory]
    [InlineData("/api/children/not%20a%20child/timeline", "childId", "child-id-format")]
    [InlineData("/api/children/CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC/export.json", "childId", "child-id-format")]
    [InlineData("/api/children/-C1/access-log", "childId", "child-id-format")]
    [InlineData("/api/families/F.1", "familyId", "family-id-format")]
    [InlineData("/api/measures?childId=not%20a%20child", "childId", "child-id-format")]
    [InlineData("/api/measures?familyId=F.1", "familyId", "family-id-format")]
    public async Task An_id_that_cannot_be_one_is_refused_rather_than_read_as_unknown(string url, string field, string rule)
    {
        var response = await host.ClientFor("auditor.input.rules", "auditor").GetAsync(url, TestContext.Current.CancellationToken);

        ((int)response.StatusCode).ShouldBe(400, url);
        Only(await response.ReadJson()).ShouldBe((field, rule));
    }

    [Theory]
    [InlineData("Bruising\\u0000", "concerns")]
    [InlineData("Bruising \\u001b[2J", "concerns")]
    [InlineData("Bruising\\u0085", "concerns")]
    public async Task Text_with_a_control_character_is_refused_naming_the_field(string concerns, string field)
    {
        var problem = await Refused(JourneyApi.NewChildId(), "{" + Contact.Replace("Bruising seen at school", concerns) + "}");

        Only(problem).ShouldBe((field, "no-control-characters"));
    }

    [Fact]
    public async Task Free_text_may_run_over_lines_and_is_kept_as_written()
    {
        var child = JourneyApi.NewChildId();
        const string concerns = "Seen at school.\nBruising on the arm.\r\n\tReported by the class teacher; Zoë said “it hurts”.";

        await Practitioner().RecordOk(child, "contacts", new { receivedAt = "2026-03-02T09:00:00+01:00", source = "2A", concerns, consent = "Given" });

        var step = (await Practitioner().Timeline(child)).ShouldHaveSingleItem()!;
        step["data"]!["concerns"]!.GetValue<string>().ShouldBe(concerns);
        step["data"]!["occurredAt"]!.GetValue<DateTimeOffset>().ShouldBe(DateTimeOffset.Parse("2026-03-02T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("/api/measures?worker=Amy%00Smith", "worker")]
    [InlineData("/api/measures?team=MASH%0A", "team")]
    [InlineData("/api/children/DEMO-0001/timeline?asAt=2026-11-23%01", "asAt")]
    [InlineData("/api/children/DEMO%0A0001/timeline", "childId")]
    public async Task A_control_character_in_a_route_or_query_is_refused_naming_it(string url, string field)
    {
        var response = await host.ClientFor("auditor.input.rules", "auditor").GetAsync(url, TestContext.Current.CancellationToken);

        ((int)response.StatusCode).ShouldBe(400, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var problem = await response.ReadJson();
        problem["type"]!.GetValue<string>().ShouldBe(JourneyProblems.InvalidQueryType);
        Only(problem).ShouldBe((field, "no-control-characters"));
    }
}
