using System.Diagnostics;
using System.Text.Json.Nodes;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Returns.AnnexA;

/// <summary>
/// The open validators authorities run on their returns, vendored beside the repository at
/// shared/tools/returns-validators (../shared from a clone's root, as CI lays it; a folder of that name above the
/// repository otherwise, or JOURNEY_RETURNS_VALIDATORS). A test that runs them fails, naming where it looked, when
/// they are not there: a missing validator never passes as a clean file.
/// </summary>
public static class ReturnsValidators
{
    public static string Folder()
    {
        if (Environment.GetEnvironmentVariable("JOURNEY_RETURNS_VALIDATORS") is { Length: > 0 } configured) return configured;
        var looked = new List<string>();
        for (var dir = new DirectoryInfo(RepositoryRoot.Path).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "tools", "returns-validators");
            if (Directory.Exists(candidate)) return candidate;
            looked.Add(candidate);
        }
        throw new InvalidOperationException($"The returns validators are not installed: looked in {string.Join(", ", looked)} (or set JOURNEY_RETURNS_VALIDATORS).");
    }

    /// <summary>validate-annexa.sh on a workbook or a folder of CSVs, its JSON report (--json -) and exit code.</summary>
    public static async Task<(int ExitCode, JsonObject Report, string Log)> AnnexA(string path, CancellationToken cancellation)
    {
        var script = Path.Combine(Folder(), "validate-annexa.sh");
        File.Exists(script).ShouldBeTrue($"{script} is missing: the Annex A checks cannot run.");
        var start = new ProcessStartInfo("bash", [script, path, "--json", "-", "--details", "5"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellation);
        var log = process.StandardError.ReadToEndAsync(cancellation);
        await process.WaitForExitAsync(cancellation);
        var text = await output;
        (process.ExitCode is 0 or 1).ShouldBeTrue($"validate-annexa.sh failed to run (exit {process.ExitCode}): {await log}");
        return (process.ExitCode, JsonNode.Parse(text)!.AsObject(), await log);
    }
}
