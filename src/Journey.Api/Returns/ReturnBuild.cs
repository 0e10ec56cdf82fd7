namespace Journey.Api.Returns;

/// <summary>One file of a return, with the children it holds (the access log names exactly them when it is read).</summary>
public sealed record ReturnFile(string Name, string ContentType, byte[] Content, IReadOnlyCollection<string> ChildIds);

/// <summary>
/// An item a return needs that a child's journey does not hold: the child, the file and item (the return's own
/// element or column name, as the specification writes it) and why it is missing or what stands in its place.
/// </summary>
public sealed record MissingItem(string ChildId, string File, string Item, string Reason);

/// <summary>A return as built: its files in the order the return lists them, every child they hold, and what is missing.</summary>
public sealed record ReturnBuild(IReadOnlyList<ReturnFile> Files, IReadOnlyCollection<string> ChildIds, IReadOnlyList<MissingItem> Missing)
{
    /// <summary>The return of these files: its children are those of every file.</summary>
    public static ReturnBuild Of(IReadOnlyList<ReturnFile> files, IReadOnlyList<MissingItem> missing) =>
        new(files, files.SelectMany(f => f.ChildIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(), missing);
}
