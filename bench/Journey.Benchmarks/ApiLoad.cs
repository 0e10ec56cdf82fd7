using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Journey.Reliability;

namespace Journey.Benchmarks;

/// <summary>
/// Recording through the HTTP API: the service started as its own process (the Release build of
/// src/Journey.Api, on the benchmark's database, no demo data, its log in a temporary file), then for each number of clients,
/// each client records contacts for new children one after another for a fixed time. A contact is
/// one event; its latency is the whole request, rules, append and inline projections included.
/// </summary>
public sealed class ApiLoad(string repositoryRoot, string connectionString, int port) : IAsyncDisposable
{
    // Started as the reliability checks start it (ops/reliability/Service.cs, compiled in here too).
    private readonly Service _service = new(repositoryRoot, connectionString, port, Path.Combine(Path.GetTempPath(), $"journey-bench-{port}.log"));
    private HttpClient? _client;

    public int ServicePid => _service.Pid;

    public async Task Start()
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        _client = new HttpClient(handler) { BaseAddress = _service.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        // A front-door practitioner records contacts (decision 51).
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            Shell.Token(repositoryRoot, "bench.worker", "practitioner", "--team", "MASH"));
        await _service.Start(_client);
    }

    public sealed record Level(int Clients, long Events, long Failures, double Seconds, double P50, double P99, double? ServicePeakMiB)
    {
        public double EventsPerSecond => Events / Seconds;
    }

    public async Task<Level> Run(int clients, TimeSpan duration)
    {
        PeakMemory.Reset(ServicePid);
        var latencies = new List<double>[clients];
        long failures = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            var mine = latencies[c] = [];
            for (var i = 0; watch.Elapsed < duration; i++)
            {
                var child = $"API-{clients:D2}-{c:D2}-{i:D6}";
                var receivedAt = DateTimeOffset.UtcNow.AddHours(-1).ToString("O");
                var body = $$"""{"receivedAt":"{{receivedAt}}","source":"2A","concerns":"Benchmark contact","consent":"Given"}""";
                var request = Stopwatch.StartNew();
                using var response = await _client!.PostAsync($"/api/children/{child}/contacts", new StringContent(body, Encoding.UTF8, "application/json"));
                if (response.IsSuccessStatusCode) mine.Add(request.Elapsed.TotalMilliseconds);
                else Interlocked.Increment(ref failures);
            }
        }));
        watch.Stop();
        var all = latencies.SelectMany(l => l).Order().ToList();
        double At(double q) => all.Count == 0 ? 0 : all[Math.Min(all.Count - 1, (int)(q * all.Count))];
        return new Level(clients, all.Count, failures, watch.Elapsed.TotalSeconds, At(0.50), At(0.99), PeakMemory.Read(ServicePid));
    }

    public ValueTask DisposeAsync()
    {
        _client?.Dispose();
        _service.Dispose();
        return ValueTask.CompletedTask;
    }
}
