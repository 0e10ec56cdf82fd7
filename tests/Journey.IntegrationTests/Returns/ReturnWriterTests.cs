using Journey.Api.Returns;
using Journey.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Journey.IntegrationTests.Returns;

/// <summary>
/// The returns command's work (<see cref="ReturnWriter"/>), in process over the tests' own return: every file
/// written into the directory as the API answers it, what is missing printed child by child, and one access-log row
/// naming the person the command names and exactly the children written. The command line itself is run over the
/// CIN census (CinCensusCommandTests).
/// </summary>
[Collection(ReturnsHost.Collection)]
public sealed class ReturnWriterTests(ReturnsHost fixture)
{
    [Fact]
    public async Task The_command_writes_every_file_prints_what_is_missing_and_logs_the_read_as_the_person_named()
    {
        var host = fixture.Host;
        var child = JourneyApi.NewChildId();
        await host.ClientFor("mash.amy").RecordOk(child, "contacts", new { receivedAt = "2022-01-10T09:00:00Z", source = "2A", concerns = "c", consent = "Given" });
        var directory = Directory.CreateTempSubdirectory("returns-").FullName;
        var output = new StringWriter();
        var asker = $"officer.{Guid.NewGuid():N}"[..20];

        var written = await ReturnWriter.Write(new ReturnRequest("test-contacts", 2022, null, asker, directory),
            host.Services.GetRequiredService<StatutoryReturns>(), host.Store, TimeProvider.System, output, TestContext.Current.CancellationToken);

        written.ShouldBeTrue(output.ToString());
        Directory.GetFiles(directory).Select(Path.GetFileName).Order().ShouldBe(["children.csv", "contacts.csv"]);
        (await File.ReadAllTextAsync(Path.Combine(directory, "contacts.csv"), TestContext.Current.CancellationToken))
            .ShouldBe(await host.ClientFor("auditor.ann", "auditor").GetStringAsync("/api/returns/test-contacts/contacts.csv?year=2022", TestContext.Current.CancellationToken));
        output.ToString().ShouldContain($"{child}  children.csv  DOB: No date of birth is recorded.");

        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT view, method, scope, child_ids, roles, parameters->>'return', parameters->>'year' FROM journey.access_log WHERE user_name = @user", connection);
        command.Parameters.AddWithValue("user", asker);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        (await reader.ReadAsync(TestContext.Current.CancellationToken)).ShouldBeTrue("the command's read is logged");
        (reader.GetString(0), reader.GetString(1), reader.GetString(2)).ShouldBe(("returns", "COMMAND", "return"));
        reader.GetFieldValue<string[]>(3).ShouldBe([child]);
        reader.GetFieldValue<string[]>(4).ShouldBeEmpty();
        (reader.GetString(5), reader.GetString(6)).ShouldBe(("test-contacts", "2022"));
        (await reader.ReadAsync(TestContext.Current.CancellationToken)).ShouldBeFalse("one row");
    }

    [Fact]
    public async Task Refused_parameters_write_nothing_and_log_nothing()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"returns-{Guid.NewGuid():N}");
        var output = new StringWriter();

        var written = await ReturnWriter.Write(new ReturnRequest("test-contacts", 2011, "yesterday", "officer.refused", directory),
            fixture.Host.Services.GetRequiredService<StatutoryReturns>(), fixture.Host.Store, TimeProvider.System, output, TestContext.Current.CancellationToken);

        written.ShouldBeFalse();
        output.ToString().ShouldContain("--as-recorded-at: asRecordedAt 'yesterday' is not an ISO 8601 date or date-time. (iso-8601-instant)");
        Directory.Exists(directory).ShouldBeFalse();
    }
}
