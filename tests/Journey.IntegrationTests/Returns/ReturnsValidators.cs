using System.Diagnostics;
using System.Text.Json.Nodes;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Returns;

/// <summary>
/// The open validators English authorities run on their returns (Data to Insight's CIN census and SSDA903 validators,
/// liia-tools' Annex A checks), vendored with their scripts in shared/tools/returns-validators, run on files the service
/// wrote. Found as ops/lib/returns-validators.sh finds them (docs/returns.md, "The validators"): JOURNEY_RETURNS_VALIDATORS,
/// which ops/test.sh sets; else shared/tools/returns-validators in a folder above the repository or above the one it
/// was cloned from (its origin). A test that needs them fails when they are missing: they are a return's independent
/// oracle, and a missing one must never pass as a clean file.
/// </summary>
public static class ReturnsValidators
{
    public const string Variable = "JOURNEY_RETURNS_VALIDATORS";

    private static readonly Lazy<string> Found = new(Find);

    public static string Folder => Found.Value;

    /// <summary>validate-cin.sh FILE --year YEAR --json -: the issues found (code, kind, count, children, message) and where.</summary>
    public static async Task<JsonObject> Cin(string file, int year)
    {
        var (exit, report, log) = await Run("validate-cin.sh", file, "--year", year.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json", "-");
        // 0: nothing flagged; 1: issues flagged. 2 (unreadable input) and 3 (a rule crashed) are failures of the run itself.
        exit.ShouldBeOneOf([0, 1], $"validate-cin.sh exited {exit}: {log}");
        return report.ShouldNotBeNull(log);
    }

    /// <summary>validate-903.sh with the arguments (a folder of the return's files first): the exit code, the report (with --json -) and its log.</summary>
    public static Task<(int ExitCode, JsonObject? Report, string Log)> Ssda903(params string[] arguments) => Run("validate-903.sh", arguments);

    /// <summary>validate-annexa.sh on a workbook or a folder of CSVs: its exit code, JSON report and log.</summary>
    public static async Task<(int ExitCode, JsonObject Report, string Log)> AnnexA(string path)
    {
        var (exit, report, log) = await Run("validate-annexa.sh", path, "--json", "-", "--details", "5");
        exit.ShouldBeOneOf([0, 1], $"validate-annexa.sh failed to run (exit {exit}): {log}");
        return (exit, report.ShouldNotBeNull(log), log);
    }

    /// <summary>A validator's script with the arguments: its exit code, the JSON it wrote on standard output (when it wrote JSON) and its standard error.</summary>
    public static async Task<(int ExitCode, JsonObject? Report, string Log)> Run(string script, params string[] arguments)
    {
        var path = Path.Combine(Folder, script);
        File.Exists(path).ShouldBeTrue($"{path} is missing: install the returns validators ({Folder}/README.md, install.sh) or set {Variable}.");
        using var process = Process.Start(new ProcessStartInfo("bash", [path, .. arguments])
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
        var looked = new List<string>();
        foreach (var root in roots)
            for (var dir = new DirectoryInfo(root).Parent; dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "tools", "returns-validators");
                if (File.Exists(Path.Combine(candidate, "validate-cin.sh"))) return candidate;
                looked.Add(candidate);
            }
        throw new InvalidOperationException(
            $"The returns validators were not found (looked in {string.Join(", ", looked.Distinct())}); install them or set {Variable} to their folder.");
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
