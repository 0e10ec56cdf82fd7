namespace Journey.Domain.Retention;

/// <summary>
/// Records kept beyond their period (decision 66): a legal hold on named children (litigation, a
/// complaint, a subject access request in hand) or a moratorium on kinds of record (an inquiry's,
/// as the Independent Inquiry into Child Sexual Abuse ordered in 2015 for child protection and care
/// records). A held record is listed as due but refused disposal.
/// </summary>
public sealed record RetentionHolds(IReadOnlySet<string> Children, IReadOnlySet<string> Kinds)
{
    public static readonly RetentionHolds None = new(new HashSet<string>(), new HashSet<string>());

    /// <summary>Why the record may not be disposed of, or null when nothing holds it.</summary>
    public string? Reason(string childId, IReadOnlySet<string> kinds)
    {
        if (Children.Contains(childId)) return $"A legal hold names {childId}.";
        var held = RetentionKinds.All.Where(k => kinds.Contains(k) && Kinds.Contains(k)).ToList();
        return held.Count == 0 ? null : $"A moratorium holds every {string.Join(" and ", held)} record.";
    }
}
