using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Journey.Projections.Access;

/// <summary>
/// journey.access_log: one row per read of children's records (who, when, which view and
/// parameters, which children, the request's correlation id), written by the API before the read
/// runs, and one per refused request (a 403, read or write), with the method and the rule broken. It is no projection of the event store: reads are not facts about a child's journey, and
/// rebuilding projections must never touch it. Append-only: triggers refuse every UPDATE, DELETE
/// and TRUNCATE, and no endpoint writes to it except by reading. See docs/analytics.md.
/// </summary>
public static class AccessLogSchema
{
    public static readonly PostgresqlObjectName Table = new(JourneyStore.Schema, "access_log", SchemaUtils.IdentifierUsage.General);

    /// <summary>The scopes of a read: one child (or several named), a family's children, or a list over many children.</summary>
    public const string ChildScope = "child";
    public const string FamilyScope = "family";
    public const string ListScope = "list";
    /// <summary>A statutory return: every child it holds is named (decision 82).</summary>
    public const string ReturnScope = "return";

    /// <summary>The table, then the guard that keeps it append-only (the function its triggers call, then the triggers).</summary>
    public static IEnumerable<ISchemaObject> Objects() => [LogTable(), .. AppendOnlyTable.Guard(Table, "access_log", typeof(AccessLogSchema))];

    private static Table LogTable()
    {
        var table = new Table(Table);
        // The order rows were written in: reads at the same instant keep their order.
        table.AddColumn("id", "bigint").AsPrimaryKey().BigAutoIncrement();
        table.AddColumn("read_at", "timestamptz").NotNull();
        table.AddColumn("user_name", "text").NotNull();
        table.AddColumn("roles", "text[]").NotNull();
        table.AddColumn("view", "text").NotNull();
        table.AddColumn("parameters", "jsonb").NotNull();
        table.AddColumn("scope", "text").NotNull();
        table.AddColumn("child_ids", "text[]").NotNull();
        table.AddColumn("family_id", "text");
        table.AddColumn("correlation_id", "text");
        // A refused request (403): its method (a refused write is logged too) and the access rule it broke; null for a read let through.
        table.AddColumn("method", "text").NotNull().DefaultValueByExpression("'GET'");
        table.AddColumn("refused_rule", "text");
        table.Indexes.Add(new IndexDefinition("ix_access_log_read_at") { Columns = ["read_at"] });
        table.Indexes.Add(new IndexDefinition("ix_access_log_user") { Columns = ["user_name", "read_at"] });
        table.Indexes.Add(new IndexDefinition("ix_access_log_children") { Columns = ["child_ids"], Method = IndexMethod.gin });
        return table;
    }
}
