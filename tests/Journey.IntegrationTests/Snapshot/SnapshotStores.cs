using Journey.Api.Snapshot;
using Journey.IntegrationTests.Infrastructure;
using Npgsql;

namespace Journey.IntegrationTests.Snapshot;

/// <summary>
/// Two databases loaded with the same input by the same command line, `demo` (the demo journeys, recorded through the
/// service's rules with the server's clock, and a generated authority-year with its corrections and withdrawals, through
/// the import's bulk path on parallel writers), and a snapshot of each taken by the `snapshot` command without --exact
/// (with --catch-up: no daemon has run), both with <see cref="Key"/>. Tests leave both stores as they found them; they
/// share the two stores as one collection, so run one at a time.
/// </summary>
public sealed class SnapshotStores : IAsyncLifetime
{
    private const int Children = 60;

    /// <summary>The key every snapshot here is made with, as JOURNEY_SNAPSHOT_KEY.</summary>
    public const string Key = "the-tests-snapshot-key-0123456789";

    public TestDatabase A { get; private set; } = null!;
    public TestDatabase B { get; private set; } = null!;
    public DirectoryInfo Files { get; } = Directory.CreateTempSubdirectory("journey-snapshot-");
    public string SnapshotA => Path.Combine(Files.FullName, "a.json");
    public string SnapshotB => Path.Combine(Files.FullName, "b.json");

    /// <summary>A file of that name beside the two snapshots, deleted with them.</summary>
    public string File(string name) => Path.Combine(Files.FullName, name);

    public async ValueTask InitializeAsync()
    {
        A = await TestDatabase.Create();
        B = await TestDatabase.Create();
        foreach (var database in new[] { A, B })
        {
            var (exit, output) = await ApiCommand.Run(database.ConnectionString, "demo", "--journeys", JourneyHost.DemoDataPath, "--children", $"{Children}");
            exit.ShouldBe(0, output);
        }
        await Take(A, SnapshotA, "--catch-up");
        await Take(B, SnapshotB, "--catch-up");
    }

    /// <summary>`snapshot FILE [flags]` against <paramref name="database"/>; the file read back.</summary>
    public static async Task<StoreSnapshot> Take(TestDatabase database, string file, params string[] flags)
    {
        var (exit, output) = await TakeWith(Key, database, file, flags);
        exit.ShouldBe(0, output);
        return await StoreSnapshot.Read(file, TestContext.Current.CancellationToken);
    }

    /// <summary>`snapshot FILE [flags]` with JOURNEY_SNAPSHOT_KEY <paramref name="key"/> (none when null).</summary>
    public static Task<(int Exit, string Output)> TakeWith(string? key, TestDatabase database, string file, params string[] flags) =>
        ApiCommand.Run(database.ConnectionString, key is null ? new Dictionary<string, string>() : new() { [SnapshotKey.Variable] = key }, ["snapshot", file, .. flags]);

    /// <summary>
    /// `snapshot-compare A B`: its exit code and the names of the parts it says differ. It reads only the files; the
    /// service, as for any command, still starts with a database named.
    /// </summary>
    public async Task<(int Exit, IReadOnlyList<string> Differing, string Output)> Compare(string a, string b)
    {
        var (exit, output) = await ApiCommand.Run(A.ConnectionString, "snapshot-compare", a, b);
        var differing = output.Split('\n').Where(l => l.StartsWith("  DIFFERS  ", StringComparison.Ordinal))
            .Select(l => l["  DIFFERS  ".Length..].Split(':')[0]).ToList();
        return (exit, differing, output);
    }

    public static async Task<string?> Scalar(TestDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return (await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))?.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        Files.Delete(recursive: true);
    }
}

/// <summary>The tests that share <see cref="SnapshotStores"/>: one instance, and one test at a time (they change a store and put it back).</summary>
[CollectionDefinition(Name)]
public sealed class SnapshotStoresCollection : ICollectionFixture<SnapshotStores>
{
    public const string Name = "snapshot stores";
}
