using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace Journey.Benchmarks;

/// <summary>
/// Recording through the HTTP API: the service started as its own process (the Release build of
/// src/Journey.Api, on the benchmark's database, no demo data), then for each number of clients,
/// each client records contacts for new children one after another for a fixed time. A contact is
/// one event; its latency is the whole request, rules, append and inline projections included.
/// </summary>
public sealed class ApiLoad(string repositoryRoot, string connectionString, int port) : IAsyncDisposable
{
    private Process? _service;
    private HttpClient? _client;

    public int ServicePid => _service?.Id ?? 0;

    public async Task Start()
    {
        var dll = Path.Combine(repositoryRoot, "src/Journey.Api/bin/Release/net10.0/Journey.Api.dll");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.Combine(repositoryRoot, "src/Journey.Api"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["JOURNEY_DB"] = connectionString;
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Journey__DemoData"] = "";
        start.Environment["Journey__DemoSyntheticChildren"] = "0";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        _service = Process.Start(start)!;
        _service.OutputDataReceived += (_, _) => { };
        _service.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"  service: {e.Data}"); };
        _service.BeginOutputReadLine();
        _service.BeginErrorReadLine();

        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        _client = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token("bench.worker", "practitioner", "--team", "MASH"));
        for (var waited = 0; ; waited++)
        {
            if (_service.HasExited) throw new InvalidOperationException($"The service stopped with exit code {_service.ExitCode}.");
            try
            {
                if ((await _client.GetAsync("/openapi/v1.json")).IsSuccessStatusCode) break;
            }
            catch (HttpRequestException) { }
            if (waited > 120) throw new TimeoutException("The service did not answer within two minutes.");
            await Task.Delay(1000);
        }
    }

    /// <summary>A token from ops/token.sh: a front-door practitioner records contacts (decision 51).</summary>
    private string Token(string subject, params string[] rolesAndTeams)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(repositoryRoot, "ops/token.sh"), subject, .. rolesAndTeams]) { RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var token = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return token;
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

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        if (_service is { HasExited: false })
        {
            _service.Kill(entireProcessTree: true);
            await _service.WaitForExitAsync();
        }
        _service?.Dispose();
    }
}
