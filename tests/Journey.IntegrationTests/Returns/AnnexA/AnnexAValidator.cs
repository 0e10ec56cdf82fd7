using System.Diagnostics;
using System.Text.Json.Nodes;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Returns.AnnexA;

/// <summary>
/// The Annex A checks authorities run (liia-tools, in the open validators vendored at shared/tools/returns-validators).
/// Found through JOURNEY_RETURNS_VALIDATORS; else a shared/tools/returns-validators beside the repository or a folder
/// above it (../shared from a clone's root, as CI lays it, and from a worktree beside the main checkout); else beside
/// the repository the clone's origin names (a clone of /work/main finds /work/shared). A test that runs them fails,
/// naming where it looked, when they are not there: a missing validator never passes as a clean file.
/// </summary>
public static class AnnexAValidator
{
    public static string Folder()
    {
        if (Environment.GetEnvironmentVariable("JOURNEY_RETURNS_VALIDATORS") is { Length: > 0 } configured) return configured;
        var looked = new List<string>();
        var roots = new List<string> { RepositoryRoot.Path };
        if (Origin() is { } origin) roots.Add(origin);
        foreach (var root in roots)
            for (var dir = new DirectoryInfo(root).Parent; dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "tools", "returns-validators");
                if (Directory.Exists(candidate)) return candidate;
                looked.Add(candidate);
            }
        throw new InvalidOperationException($"The returns validators are not installed: looked in {string.Join(", ", looked.Distinct())} (or set JOURNEY_RETURNS_VALIDATORS).");
    }

    /// <summary>The folder the clone's origin remote names, when it is a path on this machine.</summary>
    private static string? Origin()
    {
        var start = new ProcessStartInfo("git", ["-C", RepositoryRoot.Path, "remote", "get-url", "origin"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var url = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        if (url.StartsWith("file://", StringComparison.Ordinal)) url = url["file://".Length..];
        return process.ExitCode == 0 && Path.IsPathRooted(url) && Directory.Exists(url) ? url : null;
    }

    /// <summary>validate-annexa.sh on a workbook or a folder of CSVs, its JSON report (--json -) and exit code.</summary>
    public static async Task<(int ExitCode, JsonObject Report, string Log)> Check(string path, CancellationToken cancellation)
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
