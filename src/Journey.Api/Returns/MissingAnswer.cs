namespace Journey.Api.Returns;

/// <summary>One item a child's record lacks for the return: the file, the item as the specification names it, and why.</summary>
public sealed record MissingEntry(string File, string Item, string Reason);

/// <summary>A child of the return and everything its record lacks.</summary>
public sealed record ChildMissing(string ChildId, IReadOnlyList<MissingEntry> Items);

/// <summary>What a return needs and the journeys do not hold, child by child (GET /api/returns/{returnName}/missing).</summary>
public sealed record MissingAnswer(string Return, string CollectionYear, DateTimeOffset? AsRecordedAt, int ChildrenInReturn, IReadOnlyList<ChildMissing> Children)
{
    public static MissingAnswer Of(IStatutoryReturn statutoryReturn, ReturnParameters parameters, ReturnBuild build) =>
        new(statutoryReturn.Name, parameters.Year.Label, parameters.AsRecordedAt, build.ChildIds.Count,
            build.Missing.GroupBy(m => m.ChildId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new ChildMissing(g.Key, g.Select(m => new MissingEntry(m.File, m.Item, m.Reason)).ToArray()))
                .ToArray());
}
