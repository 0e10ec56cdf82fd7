using System.Diagnostics;
using System.Text.Json.Nodes;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Returns.Ssda903;

/// <summary>
/// The SSDA903 validator local authorities run on their return (Data to Insight's csc-validator-be-903), vendored with
/// its script in shared/tools/returns-validators: where JOURNEY_RETURNS_VALIDATORS names, else ../shared beside the
/// repository or a folder above it, else beside the repository the checkout was cloned from (its origin). A test that
/// needs it fails when it is missing: the return is not known to be valid until the validator has read it.
/// </summary>
public static class Ssda903Validator
{
    public const string Variable = "JOURNEY_RETURNS_VALIDATORS";
    public const string Script = "validate-903.sh";

    public static string Folder { get; } = Find();

    /// <summary>Runs the script on a directory of the return's files with the arguments, its report as JSON on standard output (--json -): the exit code, the report and what it wrote on standard error.</summary>
    public static async Task<(int ExitCode, JsonObject? Report, string Log)> Run(params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo("bash", [Path.Combine(Folder, Script), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        // Both streams at once: a report larger than a pipe's buffer must not stall the validator.
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var log = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        var json = await output;
        return (process.ExitCode, json.TrimStart().StartsWith('{') ? JsonNode.Parse(json)!.AsObject() : null, await log);
    }

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given) return given;
        var roots = new List<string> { RepositoryRoot.Path };
        if (Origin() is { } origin) roots.Add(origin);
        foreach (var root in roots)
            for (var dir = new DirectoryInfo(root).Parent; dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "tools", "returns-validators");
                if (File.Exists(Path.Combine(candidate, Script))) return candidate;
            }
        throw new InvalidOperationException(
            $"The SSDA903 validator ({Script}) was not found in shared/tools/returns-validators above {string.Join(" or ", roots)}; install the returns validators or set {Variable} to their directory.");
    }

    /// <summary>The local path the checkout was cloned from (git's remote origin), when it is one.</summary>
    private static string? Origin()
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", ["-C", RepositoryRoot.Path, "config", "--get", "remote.origin.url"]) { RedirectStandardOutput = true })!;
            var url = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            if (url.StartsWith("file://", StringComparison.Ordinal)) url = url["file://".Length..];
            return url.Length > 0 && Path.IsPathRooted(url) && Directory.Exists(url) ? url : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no git: the other places only
        }
    }
}
