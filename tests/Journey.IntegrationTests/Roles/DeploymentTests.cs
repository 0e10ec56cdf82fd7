using System.Net.Http.Headers;
using Journey.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Journey.IntegrationTests.Roles;

/// <summary>
/// A deployment as docs/operations.md gives it (decision 58): the owner runs `db-setup` on an empty
/// database, then the service starts with only the application role's credentials and
/// Journey:Database:ApplySchemaOnStartup=false, and records and reads. Were the service to need any DDL
/// at start-up, or a privilege db-setup did not grant, it would fail here.
/// </summary>
public sealed class DeploymentTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.Create();

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task After_db_setup_the_service_runs_as_the_application_role_without_applying_the_schema()
    {
        var (exit, output) = await ApiCommand.Run(_database.ConnectionString, "db-setup");
        exit.ShouldBe(0, output);
        output.ShouldContain("Service role granted: yes");
        output.ShouldContain("pseudonym key written: yes");

        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("JOURNEY_DB", _database.ServiceConnectionString);
            builder.UseSetting("Journey:Database:ApplySchemaOnStartup", "false");
        });
        var child = JourneyApi.NewChildId();
        var worker = Client(factory, "sw.sam.taylor");
        await worker.RecordOk(child, "contacts", new { receivedAt = "2026-03-02T09:00:00Z", source = "6", concerns = "Police report", consent = "NotRequired" });

        (await Client(factory, "auditor.ann", "auditor").Timeline(child)).Count.ShouldBe(1);
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM journey.event_hashes WHERE stream_id = @c", connection);
        command.Parameters.AddWithValue("c", child);
        ((long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!).ShouldBe(1, "the contact is chained by the application role");
    }

    private static HttpClient Client(WebApplicationFactory<Program> factory, string subject, params string[] roles)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(factory.Services, subject, roles));
        return client;
    }
}
