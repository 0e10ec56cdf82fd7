using Weasel.Core;
using Weasel.Postgresql;

namespace Journey.Projections;

/// <summary>
/// The guard on a table rows are only ever added to (the access log, the disposals): a trigger function
/// refusing the change and triggers calling it on every UPDATE, DELETE and TRUNCATE. It stops the service
/// and ordinary users; the schema's owner can drop triggers, which is why the service connects as a role
/// that does not own the schema (decision 58) and why what is guarded is also chained or checked.
/// </summary>
public static class AppendOnlyTable
{
    /// <summary>
    /// The function refusing the change, from its file beside <paramref name="owner"/> (prefix_refuse_change.sql, which names
    /// the table in its message), then its triggers, prefix_no_change and prefix_no_truncate.
    /// </summary>
    public static IEnumerable<ISchemaObject> Guard(PostgresqlObjectName table, string prefix, Type owner)
    {
        var function = $"{JourneyStore.Schema}.{prefix}_refuse_change";
        yield return SqlFile.Function(owner, $"{prefix}_refuse_change");
        yield return new JourneyTrigger(new PostgresqlObjectName(JourneyStore.Schema, $"{prefix}_no_change", SchemaUtils.IdentifierUsage.General), table, $"{function}()")
        {
            Timing = TriggerTiming.Before,
            Events = TriggerEvents.Update | TriggerEvents.Delete,
            ForEachRow = true,
        };
        yield return new JourneyTrigger(new PostgresqlObjectName(JourneyStore.Schema, $"{prefix}_no_truncate", SchemaUtils.IdentifierUsage.General), table, $"{function}()")
        {
            Timing = TriggerTiming.Before,
            Events = TriggerEvents.Truncate,
            ForEachRow = false,
        };
    }
}
