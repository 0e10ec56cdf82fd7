using System.Text.Json.Nodes;
using Journey.IntegrationTests.Access;
using Journey.IntegrationTests.Infrastructure;
using Journey.IntegrationTests.Integrity;

namespace Journey.IntegrationTests.SubjectAccess;

/// <summary>
/// One bundle per child for a subject access request (decision 68): what it is and as at when, the
/// journey exactly as the export gives it, and every logged read of the record, this one included.
/// </summary>
public sealed class SubjectAccessTests(JourneyHost host)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;
    private readonly HttpClient _auditor = host.ClientFor("auditor.ann", "auditor");

    [Fact]
    public async Task The_bundle_holds_the_journey_as_the_export_has_it_and_who_read_the_record_and_is_a_logged_read_of_that_child()
    {
        var worker = host.ClientFor("sw.sam.taylor");
        var child = await ChainFixtures.RecordCorrectedJourney(worker);
        (await worker.GetAsync($"/api/children/{child}/timeline", Cancel)).EnsureSuccessStatusCode();

        var (response, correlation) = await AccessLogRows.Read(_auditor, $"/api/children/{child}/subject-access");
        var bundle = JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!.AsObject();
        var export = JsonNode.Parse(await _auditor.GetStringAsync($"/api/children/{child}/export.json", Cancel))!.AsObject();

        ((int)response.StatusCode).ShouldBe(200, bundle.ToJsonString());
        bundle["bundle"]!.GetValue<string>().ShouldBe("subject-access");
        bundle["childId"]!.GetValue<string>().ShouldBe(child);
        bundle["generatedBy"]!.GetValue<string>().ShouldBe("auditor.ann");
        bundle["about"]!.GetValue<string>().ShouldStartWith($"Everything Journey holds about child {child} as at ");
        bundle["redaction"]!.GetValue<string>().ShouldContain("Data Protection Act 2018, Schedule 2, paragraph 16");
        bundle["disposal"].ShouldBeNull();
        // The journey is the export's, provenance, corrections and withdrawals alike.
        bundle["journey"]!["events"]!.ToJsonString().ShouldBe(export["events"]!.ToJsonString());
        bundle["journey"]!["version"]!.GetValue<long>().ShouldBe(4);
        bundle["journey"]!["measures"]!.AsArray().ShouldNotBeEmpty();
        var reads = bundle["accessLog"]!.AsArray().Select(r => (r!["userName"]!.GetValue<string>(), r["view"]!.GetValue<string>())).ToList();
        reads.ShouldContain(("sw.sam.taylor", "/api/children/{childId}/timeline"));
        reads.ShouldContain(("auditor.ann", "/api/children/{childId}/subject-access"));

        var logged = (await AccessLogRows.ByCorrelation(host, correlation)).ShouldHaveSingleItem();
        (logged.Scope, logged.ChildIds.Single(), logged.View).ShouldBe(("child", child, "/api/children/{childId}/subject-access"));
    }

    [Fact]
    public async Task A_child_with_no_record_answers_404_and_the_holding_team_may_not_read_the_bundle()
    {
        (await _auditor.GetAsync($"/api/children/{JourneyApi.NewChildId()}/subject-access", Cancel)).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);

        var worker = host.ClientFor("sw.sam.taylor");
        var child = await ChainFixtures.RecordCorrectedJourney(worker);
        var refused = await worker.GetAsync($"/api/children/{child}/subject-access", Cancel);
        refused.StatusCode.ShouldBe(System.Net.HttpStatusCode.Forbidden);
        (await refused.ReadJson())["rule"]!.GetValue<string>().ShouldBe("subject-access");
    }
}
