using System.Security.Cryptography;
using System.Text;
using Journey.Api.Snapshot;

namespace Journey.IntegrationTests.Snapshot;

/// <summary>A key read twice in a part (decision 136): refused when the part has a key, kept as a repeat when rows are known by digest.</summary>
public sealed class PartDigestsTests
{
    private static readonly SnapshotKey Key = SnapshotKey.From(SnapshotStores.Key);

    [Fact]
    public void A_repeated_key_in_a_keyed_part_is_refused_naming_the_part_and_its_key_columns_not_the_values()
    {
        using var digests = new PartDigests("journey.some_view", ["child_id"]);
        digests.Add("[\"CHILD-1\"]", Key.Digest("(CHILD-1,a)"));

        var refusal = Should.Throw<SnapshotRefusedException>(() => digests.Add("[\"CHILD-1\"]", Key.Digest("(CHILD-1,b)")));

        refusal.Message.ShouldContain("journey.some_view");
        refusal.Message.ShouldContain("(child_id)");
        refusal.Message.ShouldNotContain("CHILD-1");
    }

    [Fact]
    public void The_same_row_twice_in_a_part_without_a_key_is_kept_and_named_as_a_repeat()
    {
        var row = Key.Digest("(x,1)");
        using var once = new PartDigests("journey.no_key", []);
        once.Add(null, row);
        using var twice = new PartDigests("journey.no_key", []);
        twice.Add(null, row);
        twice.Add(null, row);

        twice.Rows.ShouldBe(2);
        twice.Digests.Keys.Except(once.Digests.Keys).ShouldBe([$"{Convert.ToHexStringLower(row)} (2)"]);
        twice.Hash().ShouldNotBe(once.Hash());
    }

    [Fact]
    public void A_digest_is_an_hmac_of_the_row_under_the_key_not_its_bare_sha256()
    {
        var row = "(CHILD-1,2014-03-01,F)";

        Key.Digest(row).ShouldBe(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SnapshotStores.Key), Encoding.UTF8.GetBytes(row)));
        Key.Digest(row).ShouldNotBe(SHA256.HashData(Encoding.UTF8.GetBytes(row)));
        SnapshotKey.From("another-key-of-enough-length").Digest(row).ShouldNotBe(Key.Digest(row));
        Should.Throw<SnapshotRefusedException>(() => SnapshotKey.From("short"));
    }
}
