using System.Globalization;
using JasperFx.CommandLine;
using JasperFx.Events.Daemon;
using Journey.Api.Hosting;
using Marten;
using Marten.Events;

namespace Journey.Api.Snapshot;

public sealed class SnapshotInput : NetCoreInput
{
    [Description("The file to write (JSON)")]
    public string File { get; set; } = "";

    [Description("Hash every column, the instants the server stamps and the sequence numbers too: for two snapshots of one store (before and after a rebuild)")]
    public bool ExactFlag { get; set; }

    [Description("A file holding the key the row digests are made with (else JOURNEY_SNAPSHOT_KEY); the same for both snapshots compared, never written to the file")]
    [FlagAlias("key-file")]
    public string? KeyFileFlag { get; set; }

    [Description("First let the async projections process every stored event: the async daemon runs as the service runs it (or waits for the node that holds it)")]
    [FlagAlias("catch-up")]
    public bool CatchUpFlag { get; set; }

    [Description("With --catch-up: minutes to wait for the async projections (default 30)")]
    [FlagAlias("catch-up-minutes")]
    public int CatchUpMinutesFlag { get; set; } = 30;
}

/// <summary>
/// dotnet Journey.Api.dll snapshot FILE [--exact] [--catch-up] [--key-file FILE]: writes what the store gives (every
/// projection and reference table and every view as a row count and keyed digests in key order, the measures functions at
/// one instant and the KPI pack of every month, both views, every team and the authority) to FILE, for
/// `snapshot-compare` to hold against another (decisions 128 to 131, 135, 136). Reads only (one
/// read-only transaction), as the owner, like every command; the schema is read as it stands, not brought up to date
/// first, since the snapshot is of what the store gives now. Refuses when an async projection trails the events.
/// </summary>
[Description("Writes a snapshot of every projection and reference table and of the KPI pack, to compare two stores or one store before and after", Name = "snapshot")]
public sealed class SnapshotCommand : JasperFxAsyncCommand<SnapshotInput>
{
    public override async Task<bool> Execute(SnapshotInput input)
    {
        if (string.IsNullOrWhiteSpace(input.File))
        {
            await Console.Error.WriteLineAsync("Name the file to write: snapshot FILE [--exact] [--catch-up] [--key-file FILE].");
            return false;
        }
        using var host = input.BuildHost();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        try
        {
            var key = SnapshotKey.Resolve(input.KeyFileFlag);
            if (input.CatchUpFlag) await CatchUp(host, store, TimeSpan.FromMinutes(Math.Max(1, input.CatchUpMinutesFlag)));
            var connection = JourneyDatabase.OwnerConnectionString(host.Services.GetRequiredService<IConfiguration>());
            var snapshot = await new SnapshotTaker(connection, SnapshotSources.From(store)).Take(input.ExactFlag, key, CancellationToken.None);
            await snapshot.Write(input.File, CancellationToken.None);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Snapshot of {snapshot.Database} ({(snapshot.Exact ? "exact" : "without the columns that differ by nature")}) written to {Path.GetFullPath(input.File)} " +
                $"in {snapshot.Seconds:0.0} s: {snapshot.Parts.Count} parts, {snapshot.Parts.Sum(p => p.Rows):N0} rows, {snapshot.Events:N0} events, " +
                $"KPI months {snapshot.FirstMonth ?? "none"} to {snapshot.LastMonth ?? "none"}; recorded instants {snapshot.RecordedTimes}; " +
                $"{snapshot.Excluded.Count} tables and views left out; key {snapshot.KeyFingerprint}."));
            return true;
        }
        catch (SnapshotRefusedException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return false;
        }
    }

    /// <summary>
    /// The service's own projection coordinator, started alone (the host is not): in HotCold mode it takes the async
    /// shards' advisory locks when no node holds them and runs them, or else waits while the node that holds them
    /// does; either way Marten's own wait (from its testing extensions, the one the service's rebuild tests use) returns once
    /// every async projection has reached the last event stored when it was called.
    /// </summary>
    private static async Task CatchUp(IHost host, IDocumentStore store, TimeSpan patience)
    {
        var coordinator = (IHostedService)host.Services.GetRequiredService<IProjectionCoordinator>();
        Console.WriteLine("Letting the async projections catch up with the events.");
        await coordinator.StartAsync(CancellationToken.None);
        try
        {
            await store.WaitForNonStaleProjectionDataAsync(patience);
        }
        catch (TimeoutException)
        {
            throw new SnapshotRefusedException($"The async projections did not catch up within {patience.TotalMinutes:0} minutes; " +
                                               "give --catch-up-minutes more, or look at GET /api/projections.");
        }
        finally
        {
            await coordinator.StopAsync(CancellationToken.None);
        }
    }
}
