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
    /// <summary>The function, then its triggers, named after <paramref name="prefix"/> (prefix_refuse_change, prefix_no_change, prefix_no_truncate).</summary>
    public static IEnumerable<ISchemaObject> Guard(PostgresqlObjectName table, string prefix)
    {
        var function = $"{JourneyStore.Schema}.{prefix}_refuse_change";
        yield return JourneyFunction.ForSql($$"""
            CREATE OR REPLACE FUNCTION {{function}}() RETURNS trigger
            LANGUAGE plpgsql AS $fn$
            BEGIN
              RAISE EXCEPTION '{{table.QualifiedName}} is append-only: % is refused', TG_OP USING ERRCODE = 'insufficient_privilege';
            END;
            $fn$;
            """);
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
