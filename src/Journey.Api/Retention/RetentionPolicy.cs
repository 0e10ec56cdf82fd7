using Journey.Domain.Retention;

namespace Journey.Api.Retention;

/// <summary>
/// The schedule the service judges retention by (seeds/reference/retention-schedule.csv) and the
/// holds an operator sets (decision 66): <c>Journey:Retention:HeldChildren</c> (legal holds on named
/// children) and <c>Journey:Retention:HeldKinds</c> (a moratorium on kinds of record, such as an
/// inquiry's). A kind that is not one stops start-up, as an unknown rule set does: a hold that
/// silently held nothing would let records go that must be kept.
/// </summary>
public sealed record RetentionPolicy(RetentionSchedule Schedule, RetentionHolds Holds)
{
    public const string HeldChildrenKey = "Journey:Retention:HeldChildren";
    public const string HeldKindsKey = "Journey:Retention:HeldKinds";

    public static RetentionPolicy From(IConfiguration configuration)
    {
        var children = configuration.GetSection(HeldChildrenKey).Get<string[]>() ?? [];
        var kinds = configuration.GetSection(HeldKindsKey).Get<string[]>() ?? [];
        if (kinds.FirstOrDefault(k => !RetentionKinds.All.Contains(k)) is { } unknown)
            throw new InvalidOperationException($"{HeldKindsKey} names '{unknown}', which is not a kind of record: {string.Join(", ", RetentionKinds.All)}.");
        return new RetentionPolicy(RetentionSchedule.Default,
            new RetentionHolds(children.Select(c => c.Trim()).ToHashSet(StringComparer.Ordinal), kinds.ToHashSet(StringComparer.Ordinal)));
    }
}
