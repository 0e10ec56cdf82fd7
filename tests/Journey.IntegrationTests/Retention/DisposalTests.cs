using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Journey.IntegrationTests.Infrastructure;
using Journey.IntegrationTests.Integrity;
using Npgsql;
using static Journey.IntegrationTests.Integrity.ChainFixtures;
using static Journey.IntegrationTests.Retention.RetentionFixtures;

namespace Journey.IntegrationTests.Retention;

/// <summary>
/// Disposal at the end of a record's retention period (decision 67), on a store of its own: every row
/// about the child goes, the access log and the chained disposal row stay, a record not yet due or
/// held is refused with the rule named, and a disposed child's id never starts a journey again.
/// </summary>
public sealed class DisposalTests(JourneyHost signer, RetentionHost host) : IClassFixture<RetentionHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;
    private readonly HttpClient _worker = host.ClientFor(signer, "sw.sam.taylor");
    private readonly HttpClient _administrator = host.ClientFor(signer, "ops.admin", "administrator");
    private readonly HttpClient _auditor = host.ClientFor(signer, "auditor.ann", "auditor");

    [Fact]
    public async Task A_record_past_its_period_is_disposed_of_and_only_the_access_log_and_the_disposal_row_still_name_the_child()
    {
        var child = await RecordDueChild(_worker);
        // Every kind of row a child leaves: a retried write's stored answer, an imported line in the ledger, a logged read.
        using (var retried = new HttpRequestMessage(HttpMethod.Post, $"/api/children/{child}/contacts"))
        {
            retried.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
            retried.Content = JsonContent("""{"receivedAt":"2010-01-06T09:00:00Z","source":"6","concerns":"Police notification","consent":"NotRequired"}""");
            (await _worker.SendAsync(retried, Cancel)).EnsureSuccessStatusCode();
        }
        var line = JsonSerializer.Serialize(new
        {
            childId = child,
            type = "ContactReceived",
            occurredAt = "2010-01-07T09:00:00Z",
            recordedAt = "2010-01-07T11:00:00Z",
            recordedBy = "sw.legacy.user",
            data = new { source = "2A", concerns = "c", consent = "Given" }
        });
        var imported = await host.ClientFor(signer, "migration.officer", "importer").PostAsync("/api/import", Ndjson(line), Cancel);
        (await imported.Content.ReadAsStringAsync(Cancel)).ShouldContain("\"stored\":1");
        (await _auditor.GetAsync($"/api/children/{child}/timeline", Cancel)).EnsureSuccessStatusCode();
        var head = (await _auditor.Verification(child))["head"]!;
        (await TablesHolding(host.ConnectionString, child)).Keys.ShouldContain("journey.wolverine_deduplicated_responses");

        var disposal = await _administrator.DisposeOk(child);

        disposal["childId"]!.GetValue<string>().ShouldBe(child);
        disposal["disposedBy"]!.GetValue<string>().ShouldBe("ops.admin");
        disposal["authorisedBy"]!.GetValue<string>().ShouldBe("records.manager.rita");
        disposal["ruleApplied"]!.GetValue<string>().ShouldBe("contact-only-30y");
        disposal["events"]!.GetValue<long>().ShouldBe(4);
        disposal["lastVersion"]!.GetValue<long>().ShouldBe(head["version"]!.GetValue<long>());
        disposal["headHash"]!.GetValue<string>().ShouldBe(head["hash"]!.GetValue<string>());
        // Found by scanning every row of every table: nothing else names the child.
        (await TablesHolding(host.ConnectionString, child)).Keys.Order().ShouldBe(["journey.access_log", "journey.disposals"]);
        var logged = await Rows(host.ConnectionString, """
            SELECT method, coalesce(refused_rule, '-'), parameters->>'authorisedBy', parameters->>'rule', user_name FROM journey.access_log
             WHERE view = '/api/children/{childId}/disposal' AND @c = ANY (child_ids)
            """, ("c", child));
        logged.ShouldBe(["POST|-|records.manager.rita|contact-only-30y|ops.admin"]);
        // The reads logged before the disposal are kept: they say who read, never what was recorded.
        (await Rows(host.ConnectionString, "SELECT count(*) FROM journey.access_log WHERE view = '/api/children/{childId}/timeline' AND @c = ANY (child_ids)", ("c", child)))
            .ShouldBe(["1"]);

        var verification = await _auditor.Verification(child);
        verification["status"]!.GetValue<string>().ShouldBe("disposed", verification.ToJsonString());
        verification["disposal"]!["authorisedBy"]!.GetValue<string>().ShouldBe("records.manager.rita");
        verification["disposal"]!["headHash"]!.GetValue<string>().ShouldBe(head["hash"]!.GetValue<string>());
        (await _auditor.GetAsync($"/api/children/{child}/timeline", Cancel)).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        // A subject access request after the disposal: no journey, the disposal, and the reads and the disposal the access log kept.
        var bundle = JsonNode.Parse(await _auditor.GetStringAsync($"/api/children/{child}/subject-access", Cancel))!;
        bundle["journey"].ShouldBeNull();
        bundle["disposal"]!["number"]!.GetValue<long>().ShouldBe(disposal["number"]!.GetValue<long>());
        bundle["accessLog"]!.AsArray().Select(r => r!["view"]!.GetValue<string>()).ShouldContain("/api/children/{childId}/disposal");
    }

    [Fact]
    public async Task A_record_before_its_period_ends_is_refused_naming_the_rule_and_nothing_is_deleted()
    {
        var child = await RecordChildNotDue(_worker);

        var (status, problem) = await _administrator.Dispose(child).Refusal();

        status.ShouldBe(400);
        problem.Rule().ShouldBe("retention-period-ended");
        problem["detail"]!.GetValue<string>().ShouldContain("ends on 2056-03-02 (contact-only, rule contact-only-30y)");
        (await Rows(host.ConnectionString, "SELECT count(*) FROM journey.mt_events WHERE stream_id = @c", ("c", child))).ShouldBe(["1"]);
        (await Rows(host.ConnectionString, "SELECT count(*) FROM journey.disposals WHERE child_id = @c", ("c", child))).ShouldBe(["0"]);
        (await Rows(host.ConnectionString, "SELECT method || '|' || refused_rule FROM journey.access_log WHERE view = '/api/children/{childId}/disposal' AND @c = ANY (child_ids)",
            ("c", child))).ShouldBe(["POST|retention-period-ended"]);
    }

    [Fact]
    public async Task A_record_under_a_legal_hold_is_listed_as_due_with_its_hold_and_refused_disposal()
    {
        await RecordDueChild(_worker, RetentionHost.HeldChild);
        var events = await Rows(host.ConnectionString, "SELECT count(*) FROM journey.mt_events WHERE stream_id = @c", ("c", RetentionHost.HeldChild));

        var (status, problem) = await _administrator.Dispose(RetentionHost.HeldChild).Refusal();

        status.ShouldBe(400);
        problem.Rule().ShouldBe("retention-hold");
        problem["detail"]!.GetValue<string>().ShouldStartWith($"A legal hold names {RetentionHost.HeldChild}.");
        (await Rows(host.ConnectionString, "SELECT count(*) FROM journey.mt_events WHERE stream_id = @c", ("c", RetentionHost.HeldChild))).ShouldBe(events);
        var due = await _administrator.GetArray("/api/retention/due");
        due.Single(d => d!["childId"]!.GetValue<string>() == RetentionHost.HeldChild)!["hold"]!.GetValue<string>().ShouldStartWith("A legal hold names");
    }

    [Fact]
    public async Task The_due_list_names_each_child_whose_period_has_ended_with_the_rule_applied_and_is_logged_as_a_list_read()
    {
        var due = await RecordDueChild(_worker);
        var notDue = await RecordChildNotDue(_worker);

        var (response, correlation) = await Access.AccessLogRows.Read(_administrator, "/api/retention/due");
        var today = JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!.AsArray();

        var row = today.Single(d => d!["childId"]!.GetValue<string>() == due)!.AsObject();
        string Text(string field) => row[field]?.ToString() ?? "null";
        new[] { "endsOn", "kind", "rule", "starts", "startsOn", "years", "birthAssumed", "hold" }.Select(Text)
            .ShouldBe(["2015-01-06", "contact-only", "contact-only-30y", "birth", "1985-01-06", "30", "false", "null"]);
        today.ShouldNotContain(d => d!["childId"]!.GetValue<string>() == notDue);
        // Without a date of birth, 30 years from the contact of 2 March 2026: not due the day before, due on the day.
        (await _auditor.GetArray("/api/retention/due?asAt=2056-03-01")).ShouldNotContain(d => d!["childId"]!.GetValue<string>() == notDue);
        (await _auditor.GetArray("/api/retention/due?asAt=2056-03-02")).Single(d => d!["childId"]!.GetValue<string>() == notDue)!["birthAssumed"]!
            .GetValue<bool>().ShouldBeTrue();

        var logged = (await Rows(host.ConnectionString, "SELECT scope, cardinality(child_ids), user_name FROM journey.access_log WHERE correlation_id = @id",
            ("id", correlation))).ShouldHaveSingleItem();
        logged.ShouldBe("list|0|ops.admin");
    }

    [Fact]
    public async Task A_disposed_childs_id_never_starts_a_journey_again_through_the_api_the_import_or_the_database()
    {
        var child = await RecordDueChild(_worker);
        await _administrator.DisposeOk(child);
        var (again, twice) = await _administrator.Dispose(child).Refusal();
        (again, twice.Rule()).ShouldBe((409, "record-disposed"));

        var (status, problem) = await _worker.Record(child, "contacts",
            new { receivedAt = "2026-03-02T09:00:00Z", source = "2A", concerns = "Bruising seen at school", consent = "Given" }).Refusal();
        status.ShouldBe(400);
        problem.Rule().ShouldBe("record-disposed");

        var line = JsonSerializer.Serialize(new
        {
            childId = child,
            type = "ContactReceived",
            occurredAt = "2026-03-02T09:00:00Z",
            recordedAt = "2026-03-02T11:00:00Z",
            recordedBy = "sw.legacy.user",
            data = new { source = "2A", concerns = "c", consent = "Given" }
        });
        var report = JsonNode.Parse(await (await host.ClientFor(signer, "migration.officer", "importer").PostAsync("/api/import", Ndjson(line), Cancel))
            .Content.ReadAsStringAsync(Cancel))!;
        report["stored"]!.GetValue<int>().ShouldBe(0, report.ToJsonString());
        report["problems"]![0]!["violations"]![0]!["rule"]!.GetValue<string>().ShouldBe("record-disposed");

        // Written around the service: the chaining function refuses the first event of a disposed child.
        var refused = await Should.ThrowAsync<PostgresException>(() => Execute(host.ServiceConnectionString, """
            INSERT INTO journey.mt_streams (id, version) VALUES (@c, 1);
            INSERT INTO journey.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type)
              VALUES (nextval('journey.mt_events_sequence'), gen_random_uuid(), @c, 1, '{}', 'contact_received', now(), '*DEFAULT*', 'x');
            SELECT journey.chain_event(@c, 1, 'someone');
            """, ("c", child)));
        refused.SqlState.ShouldBe("JD004");
        (await Rows(host.ConnectionString, "SELECT count(*) FROM journey.mt_events WHERE stream_id = @c", ("c", child))).ShouldBe(["0"]);
    }

    [Fact]
    public async Task A_contact_under_a_disposed_childs_id_is_refused_by_name_before_its_own_rules_are_judged()
    {
        var child = await RecordDueChild(_worker);
        await _administrator.DisposeOk(child);

        // Two rules broken (no receivedAt, a source outside the list) and a stale version: the disposal is still the one refusal,
        // since its check runs before JourneyRecording.Validate decides the contact (decisions 67, 124).
        var (status, problem) = await _worker.Record(child, "contacts",
            new { source = "ZZ", concerns = "Bruising seen at school", consent = "Given", expectedVersion = 4 }).Refusal();
        status.ShouldBe(400);
        problem.Rule().ShouldBe("record-disposed");
        problem["violations"]!.AsArray().Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("INSERT INTO journey.disposals SELECT * FROM journey.disposals LIMIT 1")]
    [InlineData("UPDATE journey.disposals SET reason = 'none'")]
    [InlineData("DELETE FROM journey.disposals")]
    [InlineData("TRUNCATE journey.disposals")]
    public async Task PostgreSQL_refuses_the_service_role_any_write_to_the_disposals_but_through_the_function(string sql)
    {
        var refused = await Should.ThrowAsync<PostgresException>(() => Execute(host.ServiceConnectionString, sql));
        refused.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        refused.MessageText.ShouldBe("permission denied for table disposals");
    }

    private static StringContent JsonContent(string json) => new(json, Encoding.UTF8, "application/json");

    private static StringContent Ndjson(string line)
    {
        var content = new StringContent(line + "\n", Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        return content;
    }
}
