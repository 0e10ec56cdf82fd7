using System.Diagnostics;
using System.Text.Json.Nodes;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Returns;

/// <summary>
/// The open validators English authorities run on their returns (../shared/tools/returns-validators beside the
/// repository, its README), run on a file the service wrote. A test that needs them fails when they are missing:
/// they are the independent oracle of a return, and CI installs them.
/// </summary>
public static class ReturnsValidators
{
    public const string Variable = "JOURNEY_RETURNS_VALIDATORS";

    /// <summary>
    /// Where they are: JOURNEY_RETURNS_VALIDATORS, else ../shared/tools/returns-validators beside the repository, beside
    /// the main checkout when this is a git worktree of it, or beside the remote origin when this is a clone of a folder.
    /// </summary>
    public static string Folder { get; } = Find();

    /// <summary>validate-cin.sh FILE --year YEAR --json -: the issues found (code, kind, count, children, message) and where.</summary>
    public static async Task<JsonObject> Cin(string file, int year)
    {
        var script = Path.Combine(Folder, "validate-cin.sh");
        File.Exists(script).ShouldBeTrue($"The CIN validator is not at {script}: install the returns validators ({Folder}/README.md, install.sh) or set {Variable}.");
        var start = new ProcessStartInfo("bash", [script, file, "--year", year.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json", "-"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        // 0: nothing flagged; 1: issues flagged. 2 (unreadable input) and 3 (a rule crashed) are failures of the run itself.
        process.ExitCode.ShouldBeOneOf([0, 1], $"validate-cin.sh exited {process.ExitCode}: {await error}");
        (await output).ShouldNotBeNullOrWhiteSpace($"validate-cin.sh printed no JSON: {await error}");
        return JsonNode.Parse(await output)!.AsObject();
    }

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given) return given;
        var roots = new List<string> { RepositoryRoot.Path };
        // A worktree's .git is a file naming the main checkout's .git/worktrees/NAME.
        var git = Path.Combine(RepositoryRoot.Path, ".git");
        if (File.Exists(git) && File.ReadAllText(git).Trim() is var line && line.StartsWith("gitdir:", StringComparison.Ordinal)
            && line["gitdir:".Length..].Trim() is var gitdir && gitdir.IndexOf($"{Path.DirectorySeparatorChar}.git{Path.DirectorySeparatorChar}", StringComparison.Ordinal) is > 0 and var at)
            roots.Add(gitdir[..at]);
        // A clone of the main checkout (CI's, or a local one) finds them beside its origin.
        if (OriginPath() is { } origin) roots.Add(origin);
        var candidates = roots.Select(r => Path.GetFullPath(Path.Combine(r, "..", "shared", "tools", "returns-validators"))).ToArray();
        return candidates.FirstOrDefault(Directory.Exists) ?? candidates[0];
    }

    /// <summary>The remote origin's path when it is a folder on this machine (git remote get-url origin), else null.</summary>
    private static string? OriginPath()
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", ["-C", RepositoryRoot.Path, "remote", "get-url", "origin"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var url = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            if (url.StartsWith("file://", StringComparison.Ordinal)) url = url["file://".Length..];
            return git.ExitCode == 0 && Path.IsPathRooted(url) && Directory.Exists(url) ? url : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no git on the PATH: the other places still count
        }
    }
}
