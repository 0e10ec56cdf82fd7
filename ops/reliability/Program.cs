using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Journey.Reliability;
using Npgsql;

// dotnet ops/reliability/bin/Release/net10.0/Journey.Reliability.dll --server CONNSTR --repo ROOT
//   [--seconds S] [--clients N] [--soak-minutes M] [--port P] [--recheck]
// ops/reliability.sh runs it against the project's private cluster; see there and docs/operations.md.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var flags = new Dictionary<string, string>();
for (var i = 0; i < args.Length; i++)
    flags[args[i]] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
var server = flags.GetValueOrDefault("--server") ?? throw new ArgumentException("--server CONNSTR is required");
var repo = flags.GetValueOrDefault("--repo", Directory.GetCurrentDirectory());
var soakMinutes = double.Parse(flags.GetValueOrDefault("--soak-minutes", "0"));
var soak = soakMinutes > 0;
var duration = soak ? TimeSpan.FromMinutes(soakMinutes) : TimeSpan.FromSeconds(double.Parse(flags.GetValueOrDefault("--seconds", "60")));
var clients = int.Parse(flags.GetValueOrDefault("--clients", "8"));
var port = int.Parse(flags.GetValueOrDefault("--port", "5098"));
var recheck = flags.ContainsKey("--recheck");
void Say(string line) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {line}");

// A database of its own on the project's server, made afresh each run.
var database = new NpgsqlConnectionStringBuilder(server) { Database = "journey_reliability" }.ConnectionString;
if (recheck)
{
    // Count the last run again, as the store now stands (no service, no load, no waiting).
    var lastRun = await Checks.LastRun(database) ?? throw new InvalidOperationException("No run to recheck in journey_reliability.");
    Console.WriteLine($"Reliability recheck of run {lastRun}");
    return Report(await Checks.Count(database, lastRun), await Checks.DaemonBehind(database) is <= 0, []);
}
await using (var admin = new NpgsqlConnection(server))
{
    await admin.OpenAsync();
    await new NpgsqlCommand("DROP DATABASE IF EXISTS journey_reliability WITH (FORCE)", admin).ExecuteNonQueryAsync();
    await new NpgsqlCommand("CREATE DATABASE journey_reliability", admin).ExecuteNonQueryAsync();
}

var logPath = Path.Combine(Path.GetTempPath(), $"journey-reliability-{port}.log");
using var service = new Service(repo, database, port, logPath);
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 })
{
    BaseAddress = service.BaseAddress,
    Timeout = TimeSpan.FromSeconds(30),
};
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Shell.Token(repo, "reliability.worker", "practitioner", "--team", "MASH"));
Say($"starting the service on {service.BaseAddress} (log: {logPath})");
await service.Start(http);

var runId = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
var load = new Load(http, runId, clients);
using var stop = new CancellationTokenSource();
var memory = new List<(TimeSpan At, double MiB)>();
var watch = Stopwatch.StartNew();
var sampling = Task.Run(async () =>
{
    while (!stop.IsCancellationRequested)
    {
        if (service.ResidentMiB() is { } mib) lock (memory) memory.Add((watch.Elapsed, mib));
        try { await Task.Delay(TimeSpan.FromSeconds(soak ? 5 : 2), stop.Token); }
        catch (OperationCanceledException) { }
    }
});
Say(soak
    ? $"soak: {clients} clients for {duration.TotalMinutes:0.#} minutes, no faults, sampling the service's VmRSS every 5 s"
    : $"load: {clients} clients for {duration.TotalSeconds:0} s; PostgreSQL restarted at 1/3, the service SIGKILLed at 2/3");
var loading = load.Run(stop.Token);

var faults = new List<string>();
if (!soak)
{
    await Until(duration / 3);
    Say($"{load.Acknowledgements.Count} acknowledged; restarting PostgreSQL (ops/db.sh stop; start)");
    Shell.Db(repo, "stop");
    await Task.Delay(TimeSpan.FromSeconds(3));
    Shell.Db(repo, "start");
    faults.Add($"PostgreSQL stopped and started at {watch.Elapsed.TotalSeconds:0} s");
    Say("PostgreSQL is back");

    await Until(duration * 2 / 3);
    // Kill while the daemon has events in hand: wait (briefly) until it trails the store.
    long? behind = null;
    for (var tries = 0; tries < 50 && behind is not > 0; tries++)
    {
        behind = await Checks.DaemonBehind(database);
        if (behind is not > 0) await Task.Delay(100);
    }
    Say($"{load.Acknowledgements.Count} acknowledged; SIGKILL to the service (daemon {behind} events behind)");
    await service.Kill();
    faults.Add($"service SIGKILLed at {watch.Elapsed.TotalSeconds:0} s with the RecordedSteps daemon {behind} events behind");
    await Task.Delay(TimeSpan.FromSeconds(2));
    await service.Start(http);
    Say("service restarted");
}
await Until(duration);
stop.Cancel();
Say("stopping: clients finish the submission in hand");
await loading;
await sampling;
var elapsed = watch.Elapsed;
Say($"waiting for the async daemon to catch up");
var caughtUp = await Checks.WaitForDaemon(database, TimeSpan.FromMinutes(3));
await Checks.Keep(database, runId, load.Acknowledgements.ToList());

Console.WriteLine();
Console.WriteLine($"Reliability report (run {runId}, {clients} clients, {elapsed.TotalSeconds:0} s of load)");
foreach (var fault in faults) Console.WriteLine($"  fault: {fault}");
Console.WriteLine($"  submissions acknowledged  {load.Acknowledgements.Count}");
Console.WriteLine($"  submissions given up      {load.GivenUp.Count}");
var failedKinds = string.Join(", ", load.FailedAttempts.OrderBy(f => f.Key).Select(f => $"{f.Key}: {f.Value}"));
Console.WriteLine($"  failed attempts retried   {load.Retries}{(failedKinds.Length > 0 ? $" ({failedKinds})" : "")}");
var flat = Memory.Report(memory, judge: soak);
var extra = new List<string>();
if (load.Acknowledgements.IsEmpty) extra.Add("nothing acknowledged");
if (soak && flat == false) extra.Add("memory not flat");
return Report(await Checks.Count(database, runId), caughtUp, extra);

int Report(Findings findings, bool caughtUp, List<string> failures)
{
    Console.WriteLine($"  events acknowledged       {findings.Acknowledged}");
    Console.WriteLine($"  events present            {findings.Present}");
    Console.WriteLine($"  lost                      {findings.Lost}  (must be 0)");
    Console.WriteLine($"  duplicated                {findings.Duplicated}  (must be 0)");
    Console.WriteLine($"  stored, not acknowledged  {findings.StoredNotAcknowledged}");
    Console.WriteLine($"  daemon caught up          {(caughtUp ? "yes" : "NO")}");
    Console.WriteLine($"  recorded_steps missing    {findings.StepsMissing}  (must be 0)");
    Console.WriteLine($"  recorded_steps extra      {findings.StepsExtra}  (must be 0)");
    Console.WriteLine($"  children without clocks   {findings.ChildrenWithoutClocks}  (must be 0)");
    Console.WriteLine($"  clocks started twice      {findings.ClocksStartedTwice}  (must be 0)");
    Console.WriteLine($"  clocks not from own event {findings.ClocksNotFromTheirEvent}  (must be 0)");
    failures.AddRange(findings.MustBeZero.Where(f => f.Value != 0).Select(f => f.Name));
    if (!caughtUp) failures.Add("daemon not caught up");
    Console.WriteLine(failures.Count == 0 ? "  verdict                   PASS" : $"  verdict                   FAIL: {string.Join(", ", failures)}");
    return failures.Count == 0 ? 0 : 1;
}

async Task Until(TimeSpan at)
{
    var left = at - watch.Elapsed;
    if (left > TimeSpan.Zero) await Task.Delay(left);
}
