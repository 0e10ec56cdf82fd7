using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Journey.IntegrationTests.Fuzz;

/// <summary>
/// A route the service does not have, added after its own pipeline so its exception meets the service's
/// handling: it fails with a real database error whose message quotes the value it failed on (22P02,
/// 'invalid input syntax for type integer: "…"'), the value being <see cref="OneFaultContacts.RecordedText"/>.
/// </summary>
public static class FailingRoute
{
    public const string Path = "/test/database-failure";

    public static void Add(IWebHostBuilder builder, string connectionString) =>
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter>(_ => new Filter(connectionString)));

    private sealed class Filter(string connectionString) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map(Path, branch => branch.Run(async http =>
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(http.RequestAborted);
                await using var command = new NpgsqlCommand("SELECT $1::int", connection) { Parameters = { new() { Value = OneFaultContacts.RecordedText } } };
                await command.ExecuteScalarAsync(http.RequestAborted);
            }));
        };
    }
}
