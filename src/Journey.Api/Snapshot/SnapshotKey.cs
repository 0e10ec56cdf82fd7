using System.Security.Cryptography;
using System.Text;

namespace Journey.Api.Snapshot;

/// <summary>
/// The secret a snapshot's row digests are keyed with (decision 136): HMAC-SHA256, not a bare SHA-256, so that a row
/// with few possible values (a date of birth, a gender, an ethnicity beside a child's id) cannot be found by hashing
/// each candidate. Given to both runs, from JOURNEY_SNAPSHOT_KEY or a file, and never written to the snapshot; the file
/// holds only <see cref="Fingerprint"/>, itself an HMAC of a fixed label, so two files made with different keys are
/// told apart without either key being recoverable from them.
/// </summary>
public sealed class SnapshotKey
{
    public const string Variable = "JOURNEY_SNAPSHOT_KEY";

    /// <summary>Fewer characters than this are refused: a short key could be found by trying keys.</summary>
    public const int MinimumLength = 16;

    private const string FingerprintLabel = "journey-snapshot key fingerprint";

    private readonly byte[] _secret;

    private SnapshotKey(byte[] secret)
    {
        _secret = secret;
        Fingerprint = Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(FingerprintLabel)))[..16];
    }

    /// <summary>The first 16 hex digits of HMAC(key, a fixed label): the same for one key, and says nothing of it.</summary>
    public string Fingerprint { get; }

    public static SnapshotKey From(string secret) =>
        secret.Trim().Length >= MinimumLength
            ? new SnapshotKey(Encoding.UTF8.GetBytes(secret.Trim()))
            : throw new SnapshotRefusedException($"The snapshot key must be at least {MinimumLength} characters.");

    /// <summary>From <paramref name="keyFile"/> when named, else from <see cref="Variable"/>; refuses when neither gives one.</summary>
    public static SnapshotKey Resolve(string? keyFile)
    {
        if (!string.IsNullOrWhiteSpace(keyFile))
            return File.Exists(keyFile) ? From(File.ReadAllText(keyFile))
                : throw new SnapshotRefusedException($"No key file at {Path.GetFullPath(keyFile)}.");
        return Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } secret ? From(secret)
            : throw new SnapshotRefusedException(
                $"Give the key the row digests are made with: {Variable}, or --key-file FILE (the same for both snapshots compared; " +
                "it is never written to the file). For example: export " + Variable + "=$(openssl rand -hex 32).");
    }

    /// <summary>HMAC-SHA256 of a row's text.</summary>
    public byte[] Digest(string row) => HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(row));
}
