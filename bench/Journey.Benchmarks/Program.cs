using System.Globalization;
using Journey.Benchmarks;

// dotnet run -c Release --project bench/Journey.Benchmarks -- --server CONNSTR --repo ROOT --out docs/benchmarks.md [--quick]
//   [--children N] [--years 1,10,100] [--api-seconds S] [--workers N] [--api-port P] [--api-only] [--runs N]
// ops/bench.sh runs it against a database server of its own; see there.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var flags = new Dictionary<string, string>();
for (var i = 0; i < args.Length; i++)
    flags[args[i]] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
var quick = flags.ContainsKey("--quick");
var options = new BenchOptions(
    Server: flags.GetValueOrDefault("--server") ?? throw new ArgumentException("--server CONNSTR is required"),
    Repository: flags.GetValueOrDefault("--repo", Directory.GetCurrentDirectory()),
    Output: flags.GetValueOrDefault("--out", "docs/benchmarks.md"),
    Quick: quick,
    ChildrenPerYear: int.Parse(flags.GetValueOrDefault("--children", quick ? "900" : "17000")),
    Years: flags.GetValueOrDefault("--years", "1,10,100").Split(',').Select(int.Parse).ToArray(),
    ApiSeconds: int.Parse(flags.GetValueOrDefault("--api-seconds", quick ? "10" : "30")),
    Workers: int.Parse(flags.GetValueOrDefault("--workers", "4")),
    ApiPort: int.Parse(flags.GetValueOrDefault("--api-port", "5097")),
    SliceChildren: quick ? 100 : 300,
    ApiOnly: flags.ContainsKey("--api-only"),
    Runs: int.Parse(flags.GetValueOrDefault("--runs", quick ? "1" : "3")));
await new BenchRun(options).Run();
return 0;
