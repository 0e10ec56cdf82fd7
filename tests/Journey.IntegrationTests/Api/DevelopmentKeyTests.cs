using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Journey.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Journey.IntegrationTests.Api;

/// <summary>
/// Outside Development the service will not start with a key the repository publishes (decision 64): the
/// development signing key, as the signing key or a previous one, or the development pseudonym key. The
/// values are read from the repository's appsettings.Development.json, which ops/token.sh signs with, so
/// changing them there without the service knowing fails here. A deployment with keys of its own starts.
/// </summary>
public sealed class DevelopmentKeyTests
{
    private const string FreshSigningKey = "a-signing-key-this-deployment-made-for-itself";
    private const string FreshPseudonymKey = "a-pseudonym-key-this-deployment-made-for-itself";

    private static JsonObject DevelopmentSettings =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "Journey.Api", "appsettings.Development.json")))!["Journey"]!.AsObject();

    private static string DevelopmentSigningKey => DevelopmentSettings["Auth"]!["SigningKey"]!.GetValue<string>();
    private static string DevelopmentPseudonymKey => DevelopmentSettings["Pseudonyms"]!["Key"]!.GetValue<string>();

    private static WebApplicationFactory<Program> Production(string connectionString, string ownerConnectionString, params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("JOURNEY_DB", connectionString);
            builder.UseSetting("JOURNEY_DB_OWNER", ownerConnectionString);
            builder.UseSetting("Journey:Auth:SigningKey", FreshSigningKey);
            builder.UseSetting("Journey:Pseudonyms:Key", FreshPseudonymKey);
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
        });

    [Theory]
    [InlineData("Journey:Auth:SigningKey")]
    [InlineData("Journey:Auth:PreviousSigningKeys:0")]
    [InlineData("Journey:Pseudonyms:Key")]
    public void In_Production_a_development_key_stops_start_up_naming_the_setting_not_the_key(string setting)
    {
        var key = setting == "Journey:Pseudonyms:Key" ? DevelopmentPseudonymKey : DevelopmentSigningKey;
        // Refused before any database is touched: the connection strings lead nowhere.
        using var factory = Production("Host=127.0.0.1;Port=1;Database=none", "Host=127.0.0.1;Port=1;Database=none", (setting, key));

        var refusal = Should.Throw<InvalidOperationException>(() => factory.Server);
        refusal.Message.ShouldContain(setting);
        refusal.Message.ShouldContain("development key");
        refusal.Message.ShouldNotContain(key);
    }

    [Fact]
    public async Task In_Production_keys_of_its_own_start_the_service_and_its_tokens_are_accepted()
    {
        await using var database = await TestDatabase.Create();
        // A previous key that is not the development one is fine too.
        await using var factory = Production(database.ServiceConnectionString, database.ConnectionString,
            ("Journey:Auth:PreviousSigningKeys:0", "a-key-this-deployment-used-before-this-one"));
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(factory.Services, "auditor.ann", ["auditor"]));

        (await client.GetAsync("/api/measures?limit=1", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        // And a token signed with the development key is not.
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            TestTokens.Create(factory.Services, "auditor.ann", ["auditor"], signingKey: DevelopmentSigningKey));
        (await client.GetAsync("/api/measures?limit=1", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
