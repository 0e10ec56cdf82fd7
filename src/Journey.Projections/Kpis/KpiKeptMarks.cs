using Marten;
using Marten.Events.Projections;
using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Journey.Projections.Kpis;

/// <summary>
/// The triggers that mark kept KPI months stale (decision 143): on every projection table the pack reads, each row
/// inserted, updated or deleted marks its transaction as changing the months from the earliest date in the row (before
/// and after the change; UK dates), and emptying the table marks every month. A trigger rather than code in each
/// projection: it runs in the transaction of whatever writes the row (an inline projection as a step is appended, the
/// async daemon, a rebuild's replay, a disposal), so nothing that changes what the pack reads can forget to mark.
/// </summary>
public static class KpiKeptMarks
{
    /// <summary>
    /// The projection tables the pack reads, through kpi_children_of_months and every function it calls. The calendar and
    /// the rulebook, which it reads too, are the store's and rewritten at every start: kpi_kept_note_reference compares
    /// what they hold instead. A test works the list out from the functions' SQL and fails when this one differs.
    /// </summary>
    public static readonly IReadOnlyList<string> WatchedTables =
    [
        "allocations", "care_episodes", "child_in_need_plans", "child_in_need_visits", "family_members", "looked_after_reviews",
        "looked_after_visits", "measure_clocks", "placements", "protection_plans", "protection_visits", "review_conferences", "supervisions",
    ];

    /// <summary>Adds the marking triggers to the projection that owns each watched table, after the table, so they are created with it.</summary>
    public static void Watch(StoreOptions options)
    {
        foreach (var projection in options.Projections.All.OfType<EventProjection>())
        {
            var watched = projection.SchemaObjects.OfType<Table>().Where(t => WatchedTables.Contains(t.Identifier.Name)).ToList();
            foreach (var schemaObject in watched.SelectMany(Marking)) projection.SchemaObjects.Add(schemaObject);
        }
    }

    private static IEnumerable<ISchemaObject> Marking(Table table)
    {
        var name = table.Identifier.Name;
        var function = $"{JourneyStore.Schema}.kpi_mark_{name}";
        yield return JourneyFunction.ForSql($$"""
            CREATE OR REPLACE FUNCTION {{function}}() RETURNS trigger
            LANGUAGE plpgsql AS $fn$
            BEGIN
              IF TG_OP <> 'INSERT' THEN PERFORM {{KpiKeptSchema.MarkFromFunction}}({{Earliest(table, "OLD")}}); END IF;
              IF TG_OP <> 'DELETE' THEN PERFORM {{KpiKeptSchema.MarkFromFunction}}({{Earliest(table, "NEW")}}); END IF;
              RETURN NULL;
            END;
            $fn$;
            """);
        yield return new JourneyTrigger(new PostgresqlObjectName(JourneyStore.Schema, $"{name}_kpi_mark", SchemaUtils.IdentifierUsage.General), table.Identifier, $"{function}()")
        {
            Timing = TriggerTiming.After,
            Events = TriggerEvents.Insert | TriggerEvents.Update | TriggerEvents.Delete,
            ForEachRow = true,
        };
        yield return new JourneyTrigger(new PostgresqlObjectName(JourneyStore.Schema, $"{name}_kpi_mark_all", SchemaUtils.IdentifierUsage.General), table.Identifier,
            $"{KpiKeptSchema.MarkAllFunction}()")
        {
            Timing = TriggerTiming.After,
            Events = TriggerEvents.Truncate,
            ForEachRow = false,
        };
    }

    /// <summary>The earliest UK date among the row's dates and instants; null (every month) when it has none.</summary>
    private static string Earliest(Table table, string row)
    {
        var dates = table.Columns.Where(c => c.Type.ToLowerInvariant() is "date" or "timestamptz" or "timestamp with time zone")
            .Select(c => c.Type.Equals("date", StringComparison.OrdinalIgnoreCase) ? $"{row}.{c.Name}" : $"({row}.{c.Name} AT TIME ZONE 'Europe/London')::date")
            .ToList();
        if (dates.Count == 0) throw new InvalidOperationException($"{table.Identifier.QualifiedName} has no date the KPI months it changes could be told from.");
        return $"least({string.Join(", ", dates)})";
    }
}
