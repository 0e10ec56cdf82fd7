using System.Security.Cryptography;
using System.Text;

namespace Journey.Api.Authorisation;

/// <summary>
/// Stable pseudonyms for analysts: HMAC-SHA256 of the identifier under a key from configuration
/// (Journey:Pseudonyms:Key, at least 32 bytes), so the same child has the same pseudonym in every
/// answer and every export while the key stands, and nobody without the key can compute or reverse
/// one. Children are "P-…", families "F-…"; 80 bits keep collisions out of reach at any authority's size.
/// </summary>
public sealed class Pseudonyms
{
    private readonly byte[] _key;

    public Pseudonyms(IConfiguration configuration)
    {
        var key = configuration["Journey:Pseudonyms:Key"];
        if (string.IsNullOrEmpty(key) || Encoding.UTF8.GetByteCount(key) < 32)
            throw new InvalidOperationException("Journey:Pseudonyms:Key must be configured with at least 32 bytes (HMAC-SHA256).");
        _key = Encoding.UTF8.GetBytes(key);
    }

    public string Child(string childId) => "P-" + Hash("child:" + childId);

    public string Family(string familyId) => "F-" + Hash("family:" + familyId);

    private string Hash(string value) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(value)))[..20];
}
