using System.Diagnostics;

namespace Journey.IntegrationTests.Infrastructure;

/// <summary>dotnet Journey.Api.dll COMMAND ARGS, as built for this test run, against a database: the command line as an operator runs it.</summary>
public static class ApiCommand
{
    public static Task<(int Exit, string Output)> Run(string connectionString, params string[] arguments) =>
        Run(connectionString, new Dictionary<string, string>(), arguments);

    /// <summary>The same with more environment variables (a role's name, a login's connection string).</summary>
    public static async Task<(int Exit, string Output)> Run(string connectionString, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var configuration = AppContext.BaseDirectory.Contains("/Debug/") ? "Debug" : "Release";
        var api = Path.Combine(RepositoryRoot.Path, "src", "Journey.Api", "bin", configuration, "net10.0", "Journey.Api.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", api, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(api)!,
            Environment = { ["JOURNEY_DB"] = connectionString, ["ASPNETCORE_ENVIRONMENT"] = "Development", ["DOTNET_ENVIRONMENT"] = "Development" },
        };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output + await error);
    }
}
