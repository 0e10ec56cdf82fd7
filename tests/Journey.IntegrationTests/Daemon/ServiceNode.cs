using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Journey.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Journey.IntegrationTests.Daemon;

/// <summary>
/// The service as an operator runs it, in a process of its own: the built Journey.Api.dll started with
/// <c>dotnet</c> on a free port of its own, as the application role over a test database, with the schema
/// applied as the owner at start-up (decision 58) and no demo data. Its connections carry
/// <see cref="Name"/> as their Application Name, so pg_stat_activity tells which node holds a lock.
/// </summary>
public sealed class ServiceNode : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    private readonly Process _process;
    private readonly Queue<string> _output = new();

    private ServiceNode(string name, Uri address, Process process)
    {
        Name = name;
        Address = address;
        _process = process;
    }

    public string Name { get; }
    public Uri Address { get; }

    /// <summary>The service's own build, beside the tests' (the same configuration and framework folders).</summary>
    private static string ServiceFolder => Path.Combine(RepositoryRoot.Path, "src", "Journey.Api",
        Path.GetRelativePath(Path.Combine(RepositoryRoot.Path, "tests", "Journey.IntegrationTests"), AppContext.BaseDirectory));

    /// <summary>Starts the node and returns once its /health/ready answers 200.</summary>
    public static async Task<ServiceNode> Start(string name, TestDatabase database)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = ServiceFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(ServiceFolder, "Journey.Api.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString());
        foreach (var inherited in new[] { "Journey__DemoData", "Journey__DemoSyntheticChildren", "ConnectionStrings__Journey", "ConnectionStrings__JourneyOwner" })
            start.Environment.Remove(inherited);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["JOURNEY_DB"] = new NpgsqlConnectionStringBuilder(database.ServiceConnectionString) { ApplicationName = name }.ConnectionString;
        start.Environment["JOURNEY_DB_OWNER"] = database.ConnectionString;

        var node = new ServiceNode(name, address, Process.Start(start)!);
        node._process.OutputDataReceived += (_, line) => node.Keep(line.Data);
        node._process.ErrorDataReceived += (_, line) => node.Keep(line.Data);
        node._process.BeginOutputReadLine();
        node._process.BeginErrorReadLine();
        await node.WaitUntilReady();
        return node;
    }

    private async Task WaitUntilReady()
    {
        using var client = new HttpClient { BaseAddress = Address };
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"{Name} exited with {_process.ExitCode}:\n{Output}");
            try
            {
                if ((await client.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
        throw new TimeoutException($"{Name} was not ready within {Patience}:\n{Output}");
    }

    /// <summary>A client of this node with a token the service's development key signs.</summary>
    public HttpClient ClientFor(string subject, params string[] roles)
    {
        var configuration = new ConfigurationBuilder().SetBasePath(ServiceFolder)
            .AddJsonFile("appsettings.json").AddJsonFile("appsettings.Development.json").Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).BuildServiceProvider();
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(services, subject, roles));
        return client;
    }

    /// <summary>Ends the process at once, as a crash or a killed container would: no shutdown, no lock released by the service.</summary>
    public async Task Kill()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>The last lines the node wrote, for a failure's message.</summary>
    public string Output
    {
        get
        {
            lock (_output) return string.Join('\n', _output);
        }
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.Enqueue(line);
            while (_output.Count > 200) _output.Dequeue();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await Kill();
        _process.Dispose();
    }
}
