using System.Globalization;

namespace Journey.Api.Snapshot;

/// <summary>One part of two snapshots: equal, or how it differs, with the first keys of rows changed, missing from B or added in B.</summary>
public sealed record PartComparison(string Name, bool Equal, string Summary, IReadOnlyList<string> Changed, IReadOnlyList<string> Missing, IReadOnlyList<string> Added);

/// <summary>
/// Two snapshots part by part (decision 131). Parts are equal when their columns, row counts and hashes are; for a part
/// that differs the digests name the rows: changed (the same key, another digest), missing (in A only) and added (in
/// B only), the first <see cref="KeysListed"/> of each in key order. Snapshots taken one exact and one not, or with
/// different keys (decision 136), are not compared: their digests cannot agree.
/// </summary>
public sealed class SnapshotComparison
{
    public const int DefaultKeysListed = 5;

    private SnapshotComparison(string? refusal, IReadOnlyList<PartComparison> parts, int keysListed)
    {
        Refusal = refusal;
        Parts = parts;
        KeysListed = keysListed;
    }

    /// <summary>Why the snapshots could not be compared at all, if they could not.</summary>
    public string? Refusal { get; }

    public IReadOnlyList<PartComparison> Parts { get; }

    public int KeysListed { get; }

    public bool Equal => Refusal is null && Parts.All(p => p.Equal);

    public IReadOnlyList<string> Differing => Parts.Where(p => !p.Equal).Select(p => p.Name).ToList();

    public static SnapshotComparison Of(StoreSnapshot a, StoreSnapshot b, int keysListed = DefaultKeysListed)
    {
        if (a.Exact != b.Exact)
            return new SnapshotComparison($"A was taken {Mode(a)} and B {Mode(b)}: they hash different columns; take both the same way.", [], keysListed);
        if (a.KeyFingerprint != b.KeyFingerprint)
            return new SnapshotComparison($"A was made with the key {a.KeyFingerprint} and B with {b.KeyFingerprint}: their digests cannot agree; take both with one key.",
                [], keysListed);
        var names = a.Parts.Select(p => p.Name).Union(b.Parts.Select(p => p.Name)).Order(StringComparer.Ordinal);
        return new SnapshotComparison(null, names.Select(name => Compare(name, a.Part(name), b.Part(name), keysListed)).ToList(), keysListed);
    }

    private static PartComparison Compare(string name, SnapshotPart? a, SnapshotPart? b, int keysListed)
    {
        if (a is null || b is null)
            return new PartComparison(name, false, a is null ? $"only in B ({Rows(b!.Rows)})" : $"only in A ({Rows(a.Rows)})", [], [], []);
        if (!a.Columns.SequenceEqual(b.Columns) || !a.Key.SequenceEqual(b.Key))
            return new PartComparison(name, false,
                $"hashed over other columns: A ({string.Join(", ", a.Columns)}) key ({string.Join(", ", a.Key)}), " +
                $"B ({string.Join(", ", b.Columns)}) key ({string.Join(", ", b.Key)})", [], [], []);
        if (a.Rows == b.Rows && a.Sha256 == b.Sha256) return new PartComparison(name, true, Rows(a.Rows), [], [], []);

        var changed = a.Digests.Where(r => b.Digests.TryGetValue(r.Key, out var other) && other != r.Value).Select(r => r.Key).ToList();
        var missing = a.Digests.Keys.Where(k => !b.Digests.ContainsKey(k)).ToList();
        var added = b.Digests.Keys.Where(k => !a.Digests.ContainsKey(k)).ToList();
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{a.Rows:N0} rows in A, {b.Rows:N0} in B: {changed.Count:N0} changed, {missing.Count:N0} missing from B, {added.Count:N0} added in B");
        // Same keys and digests but another hash: rows the same in all but order, or a digest's first 16 digits alike.
        if (changed.Count + missing.Count + added.Count == 0) summary += "; the rows' digests agree, their order or full hashes do not";
        return new PartComparison(name, false, summary, changed.Take(keysListed).ToList(), missing.Take(keysListed).ToList(), added.Take(keysListed).ToList());
    }

    public void Write(TextWriter output, StoreSnapshot a, StoreSnapshot b, string aPath, string bPath)
    {
        output.WriteLine($"A {aPath}: {Describe(a)}");
        output.WriteLine($"B {bPath}: {Describe(b)}");
        if (Refusal is not null)
        {
            output.WriteLine($"Not compared. {Refusal}");
            return;
        }
        foreach (var part in Parts)
        {
            output.WriteLine($"  {(part.Equal ? "equal  " : "DIFFERS")}  {part.Name}: {part.Summary}");
            foreach (var (label, keys) in new[] { ("changed", part.Changed), ("missing from B", part.Missing), ("added in B", part.Added) })
                if (keys.Count > 0) output.WriteLine($"             {label}: {string.Join("  ", keys)}");
        }
        output.WriteLine(Equal
            ? $"Equal: all {Parts.Count} parts."
            : $"{Differing.Count} of {Parts.Count} parts differ: {string.Join(", ", Differing)}.");
    }

    private static string Rows(long rows) => rows == 1 ? "1 row" : string.Create(CultureInfo.InvariantCulture, $"{rows:N0} rows");

    private static string Mode(StoreSnapshot snapshot) => snapshot.Exact ? "--exact" : "without --exact";

    private static string Describe(StoreSnapshot s) => string.Create(CultureInfo.InvariantCulture,
        $"{s.Database}, taken {s.TakenAt:yyyy-MM-dd HH:mm:ss}Z {Mode(s)}, {s.Events:N0} events, KPI months {s.FirstMonth ?? "none"} to {s.LastMonth ?? "none"}, " +
        $"measures at {s.MeasuresAt:yyyy-MM-dd HH:mm}Z, recorded instants {s.RecordedTimes}");
}
