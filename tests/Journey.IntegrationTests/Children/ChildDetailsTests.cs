using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Children;

/// <summary>The child's details recorded through the API and kept in journey.children: the latest stands, corrections and withdrawals follow.</summary>
public sealed class ChildDetailsTests(JourneyHost host)
{
    private readonly HttpClient _worker = host.ClientFor("sw.sam.taylor");

    [Fact]
    public async Task Details_recorded_again_replace_the_earlier_ones_and_a_withdrawal_brings_them_back()
    {
        var child = JourneyApi.NewChildId();
        await _worker.RecordOk(child, "contacts", new { receivedAt = "2026-03-02T09:00:00Z", source = "3B", concerns = "Pre-birth concerns", consent = "Given" });
        // Unborn at first (version 2), then born (version 3).
        await _worker.RecordOk(child, "details", new { recordedAt = "2026-03-02T10:00:00Z", expectedDateOfBirth = "2026-05-20", gender = "U", ethnicity = "NOBT" });
        (await Children(child)).ShouldBe(":2026-05-20:True:U:NOBT");
        var answer = await _worker.RecordOk(child, "details", new { recordedAt = "2026-05-26T10:00:00+01:00", dateOfBirth = "2026-05-24", gender = "F", ethnicity = "WBRI" });
        answer["events"]!.AsArray().Select(e => e!.GetValue<string>()).ShouldBe(["ChildDetailsRecorded"]);
        (await Children(child)).ShouldBe("2026-05-24::False:F:WBRI");

        // Unborn again is refused once born.
        var refused = await _worker.Record(child, "details", new { recordedAt = "2026-05-27T10:00:00Z", expectedDateOfBirth = "2026-06-20", gender = "U", ethnicity = "NOBT" });
        ((int)refused.StatusCode).ShouldBe(400);
        (await refused.ReadJson())["violations"]![0]!["rule"]!.GetValue<string>().ShouldBe("already-born");

        // The birth date corrected, then that record withdrawn: the unborn record stands again.
        var replacement = new { occurredAt = "2026-05-26T10:00:00+01:00", dateOfBirth = "2026-05-23", expectedDateOfBirth = (string?)null, gender = "F", ethnicity = "WBRI" };
        await _worker.RecordOk(child, "corrections", new { version = 3, reason = "Born before midnight", replacement });
        (await Children(child)).ShouldBe("2026-05-23::False:F:WBRI");
        await _worker.RecordOk(child, "withdrawals", new { version = 3, reason = "Recorded against the wrong twin" });
        (await Children(child)).ShouldBe(":2026-05-20:True:U:NOBT");
    }

    [Fact]
    public async Task Details_for_a_child_with_no_journey_are_not_found()
    {
        var response = await _worker.Record(JourneyApi.NewChildId(), "details", new { recordedAt = "2026-03-02T10:00:00Z", dateOfBirth = "2015-01-01", gender = "M", ethnicity = "AIND" });
        ((int)response.StatusCode).ShouldBe(404);
    }

    private async Task<string> Children(string child)
    {
        await using var connection = host.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT concat_ws(':', coalesce(date_of_birth::text, ''), coalesce(expected_date_of_birth::text, ''), " +
            "CASE WHEN unborn THEN 'True' ELSE 'False' END, gender, ethnicity) FROM journey.children WHERE child_id = @child",
            connection);
        command.Parameters.AddWithValue("child", child);
        return (string)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
