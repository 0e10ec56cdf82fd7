using Journey.Projections.Reference;
using Weasel.Postgresql;
using Weasel.Postgresql.Functions;
using Weasel.Postgresql.Tables;

namespace Journey.Projections.Reviews;

/// <summary>
/// Tables and as-at functions for a chain of statutory events where each one falls due from the one
/// actually held before it: child protection review conferences and visits, child in need visits,
/// looked-after reviews and visits, health reviews, pre-proceedings meetings, pathway plan reviews,
/// adviser contacts and case supervision. Each chain's functions are SQL files beside the projection
/// that keeps its tables (decision 181): the first falls due from the episode's start, each later one
/// from the one held before it, by the rule in force on the date it runs from (due_by_rule), in
/// working days, calendar days, weeks or months (an hours rule gives no date); a chain may choose its
/// rule by the event's place in the chain, the child's age or a settled placement. One row per event
/// held, and one for the next due while the episode is open; status is met, late, open-in-time,
/// open-overdue, no-rule (or no-date-of-birth where the rule goes by age).
/// </summary>
public static class ReviewChainSchema
{
    /// <summary>
    /// One row per episode (a plan, a period of care): when it started and, once over, ended, and when
    /// each was recorded (started_recorded_at, ended_recorded_at: the as-recorded view's).
    /// </summary>
    public static Table EpisodeTable(PostgresqlObjectName name, string numberColumn, string startColumn, string endColumn)
    {
        var table = new Table(name);
        table.AddColumn("child_id", "text").AsPrimaryKey();
        table.AddColumn(numberColumn, "integer").AsPrimaryKey();
        table.AddColumn(startColumn, "timestamptz").NotNull();
        table.AddColumn(endColumn, "timestamptz");
        AddEpisodeRecordedColumns(table);
        return table;
    }

    /// <summary>
    /// When an episode's start and end were first recorded. Nullable so that a database made before
    /// they existed takes them; a row without one is not known to the as-recorded view until its
    /// projection is rebuilt.
    /// </summary>
    public static void AddEpisodeRecordedColumns(Table table)
    {
        table.AddColumn("started_recorded_at", "timestamptz");
        table.AddColumn("ended_recorded_at", "timestamptz");
    }

    /// <summary>
    /// One row per review held, keyed by its stream version so that corrections and withdrawals
    /// find it, with when it was first recorded (recorded_at; nullable as for episodes).
    /// </summary>
    public static Table HeldTable(PostgresqlObjectName name, string numberColumn)
    {
        var table = new Table(name);
        table.AddColumn("child_id", "text").AsPrimaryKey();
        table.AddColumn("version", "bigint").AsPrimaryKey();
        table.AddColumn(numberColumn, "integer").NotNull();
        table.AddColumn("held_at", "timestamptz").NotNull();
        table.AddColumn("recorded_at", "timestamptz");
        return table;
    }

    /// <summary>
    /// A chain's two functions, from the files beside <paramref name="owner"/> named for them (decision 181):
    /// NAME_next_due.sql, the next event due in each open episode, and NAME.sql, every event held and then the next
    /// due (with its one-argument, as-occurred form). The next-due one first, since the other reads it.
    /// </summary>
    /// <param name="qualifiedName">The chain's function, schema and name (journey.protection_visits_as_at).</param>
    public static IEnumerable<Function> Chain(Type owner, string qualifiedName)
    {
        var name = qualifiedName[(qualifiedName.LastIndexOf('.') + 1)..];
        return [SqlFile.Function(owner, NextDueOnly(name)), SqlFile.Function(owner, name)];
    }

    /// <summary>
    /// The functions every chain and due date is written with, from their files: the rulebook row in force on a date
    /// (rule_in_force), the due date from a date by a measure's rule (due_by_rule) and a chain row's status (chain_status).
    /// </summary>
    public static IEnumerable<Function> Helpers() =>
    [
        SqlFile.Function(typeof(ReferenceSchema), "rule_in_force"),
        SqlFile.Function(typeof(ReferenceSchema), "due_by_rule"),
        SqlFile.Function(typeof(ReviewChainSchema), "chain_status"),
    ];

    /// <summary>
    /// The chain's function for only the next event due in each open episode (the rows of the full
    /// function with no held_at): work lists and month-end KPIs need only these, and skipping every
    /// held row's due date makes it many times cheaper over years of history.
    /// </summary>
    public static string NextDueOnly(string name) => $"{name}_next_due";
}
