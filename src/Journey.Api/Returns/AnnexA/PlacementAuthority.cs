using Journey.Domain.Reference;

namespace Journey.Api.Returns.AnnexA;

/// <summary>
/// "LA of Placement": the local authority a placement's postcode lies in, from the ONS Postcode Directory extract in
/// seeds/reference/postcodes.csv (the authority's own postcodes and its neighbours'). A postcode not in it has no
/// authority here, and /missing says so. The 2024 template's checks (liia-tools) accept only NIR, WAL, SCO, NUK and
/// CON in this column, so an English authority's name is reported as a FORMAT issue (docs/returns.md).
/// </summary>
public static class PlacementAuthority
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> ByPostcode = new(() =>
    {
        using var reader = EmbeddedReference.Open("postcodes.csv");
        var authorities = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, fields) in SimpleCsv.Read(reader, "postcodes.csv")) authorities.TryAdd(fields["postcode"], fields["local_authority"]);
        return authorities;
    });

    public static string? Of(string postcode) => ByPostcode.Value.TryGetValue(postcode, out var authority) ? authority : null;
}
