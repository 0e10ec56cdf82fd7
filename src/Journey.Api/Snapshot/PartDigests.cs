using System.Security.Cryptography;
using System.Text;

namespace Journey.Api.Snapshot;

/// <summary>
/// A part's rows as they are read, in order: the hash over every row's key and digest, and a short digest per row by key
/// (decision 136). A key read twice in a part keyed by columns is refused: a later row would otherwise hide the earlier
/// one. A part without a key knows its rows by digest, and there the same row twice is a true repeat: the second is
/// kept as "digest (2)", the third "digest (3)", so a row repeated in one snapshot and not the other is named.
/// </summary>
public sealed class PartDigests(string part, IReadOnlyList<string> key) : IDisposable
{
    public const int ShortDigest = 16;

    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly Dictionary<string, string> _digests = [];

    public long Rows { get; private set; }

    public IReadOnlyDictionary<string, string> Digests => _digests;

    /// <param name="rowKey">The row's key as a JSON array of its values; null when the part has no key.</param>
    public void Add(string? rowKey, byte[] digest)
    {
        var hex = Convert.ToHexStringLower(digest);
        var known = rowKey ?? hex;
        if (_digests.ContainsKey(known))
        {
            // The values are not printed: the key holds a child's id.
            if (rowKey is not null)
                throw new SnapshotRefusedException(
                    $"{part} gave two rows with the same key ({string.Join(", ", key)}); a snapshot keeps one digest per key, so it refuses rather than drop one.");
            var repeat = 2;
            while (_digests.ContainsKey($"{hex} ({repeat})")) repeat++;
            known = $"{hex} ({repeat})";
        }
        _hash.AppendData(Encoding.UTF8.GetBytes(known));
        _hash.AppendData(digest);
        _digests[known] = hex[..ShortDigest];
        Rows++;
    }

    public string Hash() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public void Dispose() => _hash.Dispose();
}
