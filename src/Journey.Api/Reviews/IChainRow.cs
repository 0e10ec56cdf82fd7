namespace Journey.Api.Reviews;

/// <summary>
/// The one shape every chain row has, whatever the chain (decision 107): which chain (named as the
/// open-clocks list names it), the child, the episode (plan, period of care, placement) and the
/// event's number in it, the date its interval runs from, its due date, when it happened (null while
/// next due), its status, the rulebook row that set the due date, and the time elapsed from
/// <see cref="DueFrom"/> with the unit it is counted in (decision 106). Each chain's own names for
/// the same things (planNumber, visit, heldAt, visitedAt, …) stay beside them, so that a reader of
/// the older answers is not broken.
/// </summary>
public interface IChainRow
{
    string Chain { get; }
    string ChildId { get; }
    int Episode { get; }
    int Ordinal { get; }
    DateOnly? DueFrom { get; }
    DateOnly? DueDate { get; }
    DateTimeOffset? OccurredAt { get; }
    string Status { get; }
    string? RuleId { get; }
    decimal? Elapsed { get; }
    string? ElapsedUnit { get; }
}
