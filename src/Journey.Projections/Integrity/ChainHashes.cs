using System.Security.Cryptography;
using System.Text;

namespace Journey.Projections.Integrity;

/// <summary>
/// The chain's arithmetic in .NET, independent of PostgreSQL's sha256(): verification recomputes
/// every link from the canonical text PostgreSQL renders, so it does not trust the digests stored.
/// </summary>
public static class ChainHashes
{
    public static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>hash(n) = SHA-256(hash(n-1) ‖ SHA-256(canonical(n))), both as lower-case hex text.</summary>
    public static string Link(string previous, string eventDigest) => Sha256Hex(previous + eventDigest);
}
