using System.Diagnostics;

namespace Journey.Reliability;

/// <summary>
/// The service as its own process: the Release build of src/Journey.Api on the harness's database,
/// no demo data, its log appended to a file (a database restart makes it log many errors, which
/// would drown the report). Killed with SIGKILL (Process.Kill), as a crash or an OOM kill would.
/// </summary>
public sealed class Service(string repositoryRoot, string connectionString, int port, string logPath) : IDisposable
{
    private Process? _process;
    private StreamWriter? _log;

    public int Pid => _process?.Id ?? 0;
    public Uri BaseAddress { get; } = new($"http://127.0.0.1:{port}");

    public async Task Start(HttpClient probe)
    {
        _log ??= new StreamWriter(logPath, append: false) { AutoFlush = true };
        var dll = Path.Combine(repositoryRoot, "src/Journey.Api/bin/Release/net10.0/Journey.Api.dll");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.Combine(repositoryRoot, "src/Journey.Api"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["JOURNEY_DB"] = connectionString;
        start.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        // The run's one token (Shell.Token) lives as long as the longest run: 12 hours, the most allowed (decision 65).
        start.Environment["Journey__Auth__MaxTokenLifetime"] = "12:00:00";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // Load from one user at up to 32 clients is what these checks measure, not what one user may do (decision 74):
        // the per-user rate limit is raised far past it.
        start.Environment["Journey__RateLimit__Requests"] = "10000000";
        var process = _process = Process.Start(start)!;
        var log = _log;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"The service stopped with exit code {process.ExitCode}; see {logPath}.");
            try
            {
                using var ready = await probe.GetAsync(new Uri(BaseAddress, "/health/ready"));
                if (ready.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            if (deadline.Elapsed > TimeSpan.FromMinutes(2)) throw new TimeoutException($"The service was not ready within two minutes; see {logPath}.");
            await Task.Delay(500);
        }
    }

    /// <summary>SIGKILL: no shutdown hooks, no flush, whatever the daemon had in hand is dropped.</summary>
    public async Task Kill()
    {
        if (_process is null) return;
        lock (_log!) _log.WriteLine($"--- reliability: SIGKILL pid {_process.Id} at {DateTimeOffset.UtcNow:O}");
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    /// <summary>The service's resident memory (VmRSS) in MiB, or null when it is not running.</summary>
    public double? ResidentMiB()
    {
        var pid = Pid;
        if (pid == 0) return null;
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
        }
        catch (IOException) { return null; }
    }

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process?.Dispose();
        _log?.Dispose();
    }
}
