using Journey.Domain.Journeys;
using Journey.Projections.Disposal;
using Marten;

namespace Journey.Api.Retention;

/// <summary>
/// A disposed child's id never starts a new journey (decision 67): a contact, an import line or a demo
/// journey for it is refused by name before its rules are judged, and journey.chain_event refuses the
/// append whatever path reaches it. The refusal says only that a record under that id was disposed of.
/// </summary>
public static class DisposedRecords
{
    public static RuleViolation Violation(string childId) => new("childId", DisposalEndpoint.RecordDisposed,
        $"The record of {childId} was disposed of at the end of its retention period: a new journey cannot start under its id. Record the step under a new id.");

    public static async Task<bool> IsDisposed(IQuerySession session, string childId, CancellationToken cancellation) =>
        (await Among(session, [childId], cancellation)).Count > 0;

    /// <summary>Those of <paramref name="children"/> whose records were disposed of, in one query.</summary>
    public static async Task<IReadOnlySet<string>> Among(IQuerySession session, IReadOnlyCollection<string> children, CancellationToken cancellation) =>
        children.Count == 0
            ? new HashSet<string>()
            : (await session.QueryAsync<string>($"select child_id from {DisposalSchema.Table.QualifiedName} where child_id = any(?)",
                cancellation, (object)children.ToArray())).ToHashSet(StringComparer.Ordinal);
}
