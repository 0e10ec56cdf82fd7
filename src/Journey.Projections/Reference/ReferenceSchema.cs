using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Journey.Projections.Reference;

/// <summary>Reference data analysts join to: the working-day calendar and the timescale rulebook.</summary>
public static class ReferenceSchema
{
    public static readonly PostgresqlObjectName CalendarTable = new(JourneyStore.Schema, "calendar_days", SchemaUtils.IdentifierUsage.General);
    public static readonly PostgresqlObjectName RulesTable = new(JourneyStore.Schema, "timescale_rules", SchemaUtils.IdentifierUsage.General);

    public static Table CalendarDays()
    {
        var table = new Table(CalendarTable);
        table.AddColumn("day", "date").AsPrimaryKey();
        table.AddColumn("is_working_day", "boolean").NotNull();
        table.AddColumn("working_day_index", "integer").NotNull();
        table.AddColumn("bank_holiday", "text");
        // Due dates in working days look a day up by its working-day index (ReviewChainSchema.DueFrom):
        // without this index every chain row scanned the whole calendar.
        table.Indexes.Add(new IndexDefinition("ix_calendar_days_working_day_index") { Columns = ["working_day_index"], Predicate = "is_working_day" });
        return table;
    }

    public static Table TimescaleRules()
    {
        var table = new Table(RulesTable);
        table.AddColumn("rule_id", "text").AsPrimaryKey();
        table.AddColumn("measure", "text").NotNull();
        table.AddColumn("unit", "text").NotNull();
        table.AddColumn("target", "integer").NotNull();
        table.AddColumn("effective_from", "date").NotNull();
        table.AddColumn("basis", "text").NotNull();
        // How the period is counted and the source's words that say so (decision 77). Nullable so that a
        // database made before they existed takes them; the seed fills them at every start-up, and a
        // row without a counting is read as day-0.
        table.AddColumn("counting", "text");
        table.AddColumn("words", "text");
        table.AddColumn("words_from", "text");
        return table;
    }
}
