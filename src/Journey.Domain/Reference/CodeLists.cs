namespace Journey.Domain.Reference;

/// <summary>
/// Official code lists (CIN census, SSDA903, ...) from seeds/reference/code-lists.csv. Journey stores
/// the official codes themselves so statutory returns need no translation.
/// </summary>
public sealed class CodeLists
{
    public const string CinReferralSource = "cin-referral-source";
    public const string CinPrimaryNeed = "cin-primary-need";
    public const string CinAbuseCategory = "cin-abuse-category";
    public const string CinClosureReason = "cin-closure-reason";

    private static readonly Lazy<CodeLists> Official = new(() =>
    {
        using var reader = EmbeddedReference.Open("code-lists.csv");
        return Parse(reader, "code-lists.csv");
    });

    private readonly Dictionary<string, Dictionary<string, string>> _lists;

    private CodeLists(Dictionary<string, Dictionary<string, string>> lists) => _lists = lists;

    public static CodeLists Default => Official.Value;

    public static CodeLists Parse(TextReader reader, string source)
    {
        var lists = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (_, f) in SimpleCsv.Read(reader, source))
        {
            if (!lists.TryGetValue(f["list"], out var codes))
                lists[f["list"]] = codes = new Dictionary<string, string>(StringComparer.Ordinal);
            codes[f["code"]] = f["description"];
        }
        return new CodeLists(lists);
    }

    public bool Contains(string list, string? code) =>
        code is not null && _lists.TryGetValue(list, out var codes) && codes.ContainsKey(code);

    public IReadOnlyCollection<string> Codes(string list) =>
        _lists.TryGetValue(list, out var codes) ? codes.Keys : throw new KeyNotFoundException($"No code list {list}.");
}
