using System.Diagnostics;

namespace Journey.Reliability;

public static class Shell
{
    /// <summary>
    /// A token from ops/token.sh: a front-door practitioner records contacts (decision 51). One token serves a whole run,
    /// which may outlast the hour a token lives by default, so it lives the 12 hours the service started by
    /// <see cref="Service"/> accepts (Journey:Auth:MaxTokenLifetime, decision 65).
    /// </summary>
    public static string Token(string repo, string subject, params string[] rolesAndTeams)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(repo, "ops/token.sh"), subject, .. rolesAndTeams]) { RedirectStandardOutput = true };
        start.Environment["JOURNEY_TOKEN_MINUTES"] = "720";
        using var process = Process.Start(start)!;
        var token = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return token;
    }

    /// <summary>
    /// ops/db.sh stop|start on this repository's private cluster (its .pgdata, JOURNEY_DB_PORT as
    /// inherited). JOURNEY_DB is removed from its environment: with it set, db.sh leaves the server alone.
    /// </summary>
    public static void Db(string repo, string command)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(repo, "ops/db.sh"), command]) { RedirectStandardError = true };
        start.Environment.Remove("JOURNEY_DB");
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"ops/db.sh {command} failed: {errors}");
    }
}
