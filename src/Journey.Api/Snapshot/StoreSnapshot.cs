using System.Text.Json;

namespace Journey.Api.Snapshot;

/// <summary>
/// What a store gives, as the `snapshot` command writes it (decision 128): every projection and reference table of
/// the journey schema and the KPI pack of every month the store covers, each a <see cref="SnapshotPart"/> with its
/// row count, a hash of its rows in key order and a digest per row (so that two snapshots compared name the rows that
/// differ). Rows are kept only as keyed digests (HMAC-SHA256, decision 136: <see cref="KeyFingerprint"/> tells which key,
/// never the key); their keys hold children's ids. Since decision 135 also every view of the schema that does not read
/// the clock, and the measures functions read at <see cref="MeasuresAt"/>; <see cref="RecordedTimes"/> says whether the
/// recorded instants were hashed.
/// </summary>
public sealed record StoreSnapshot(
    string Format,
    DateTimeOffset TakenAt,
    string Database,
    bool Exact,
    string KeyFingerprint,
    long Events,
    long LastSequence,
    IReadOnlyList<AsyncProgress> AsyncProjections,
    string? FirstMonth,
    string? LastMonth,
    DateTimeOffset? MeasuresAt,
    string RecordedTimes,
    double Seconds,
    IReadOnlyList<ExcludedTable> Excluded,
    IReadOnlyList<SnapshotPart> Parts)
{
    public const string CurrentFormat = "journey-snapshot/2";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public SnapshotPart? Part(string name) => Parts.FirstOrDefault(p => p.Name == name);

    public async Task Write(string path, CancellationToken cancellation)
    {
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, this, Json, cancellation);
    }

    public static async Task<StoreSnapshot> Read(string path, CancellationToken cancellation)
    {
        await using var file = File.OpenRead(path);
        var snapshot = await JsonSerializer.DeserializeAsync<StoreSnapshot>(file, Json, cancellation)
                       ?? throw new InvalidDataException($"{path} holds no snapshot.");
        return snapshot.Format == CurrentFormat ? snapshot
            : throw new InvalidDataException($"{path} is not a snapshot this version reads (format '{snapshot.Format}', expected '{CurrentFormat}').");
    }
}

/// <summary>An async projection's shard and the last event it had processed.</summary>
public sealed record AsyncProgress(string Shard, long Sequence);

public sealed record ExcludedTable(string Table, string Why);

/// <summary>
/// One table, or one view of the KPI pack: <see cref="Columns"/> hashed, <see cref="LeftOut"/> not (they differ by
/// nature; none when exact), ordered by <see cref="Key"/> (the primary key; empty when none, then rows are ordered and
/// known by their digest). <see cref="Sha256"/> hashes every row's key and digest in that order; <see cref="Digests"/>
/// maps each row's key (a JSON array of its values; for a part without a key the row's full digest, "(2)" after a repeat)
/// to the first 16 hex digits of its HMAC-SHA256.
/// </summary>
public sealed record SnapshotPart(
    string Name,
    string Kind,
    IReadOnlyList<string> Key,
    IReadOnlyList<string> Columns,
    IReadOnlyList<string> LeftOut,
    long Rows,
    string Sha256,
    IReadOnlyDictionary<string, string> Digests);
