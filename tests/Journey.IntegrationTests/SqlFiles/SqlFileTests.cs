using System.Text.RegularExpressions;
using Journey.Domain.Timescales;
using Journey.Projections;
using Journey.Projections.Disposal;
using Journey.Projections.Kpis;
using Marten;
using Weasel.Postgresql.Functions;
using Weasel.Postgresql.Views;

namespace Journey.IntegrationTests.SqlFiles;

/// <summary>
/// The functions and views of the store come from the .sql files beside their capabilities (decision 147):
/// every file is some schema object's SQL, word for word, and every function and view is a file's but for the KPI
/// months' marking triggers, made from each watched table's date columns.
/// </summary>
public sealed class SqlFileTests
{
    /// <summary>
    /// The KPI months' marking trigger functions, kpi_mark_&lt;table&gt; (but kpi_mark_from and kpi_mark_all, which are
    /// files): one per table the pack reads, each made by KpiKeptMarks from its table's date columns, so that a date added
    /// to a watched table marks the months it reaches without a file to keep in step.
    /// </summary>
    private static bool MarksATable(string name) =>
        name.StartsWith("kpi_mark_", StringComparison.Ordinal) && name is not ("kpi_mark_from" or "kpi_mark_all");

    /// <summary>
    /// Each function and view of the store's own (not Marten's mt_ ones), by name, with the SQL Weasel is given for it
    /// (a function's without the note written after it, decision 158).
    /// </summary>
    private static Dictionary<string, string> StoreSql()
    {
        using var store = DocumentStore.For(options =>
            JourneyStore.Configure(options, "Host=localhost;Database=unused;Username=unused", TimelinessClocks.Default));
        return store.Storage.Database.AllObjects()
            .Where(o => o.Identifier.Schema == JourneyStore.Schema && !o.Identifier.Name.StartsWith("mt_", StringComparison.Ordinal))
            .Select(o => (o.Identifier.Name, Sql: o switch { JourneyFunction j => j.Sql.TrimEnd(), Function f => f.Body().TrimEnd(), View v => v.ViewSql, _ => null }))
            .Where(o => o.Sql is not null)
            .ToDictionary(o => o.Name, o => o.Sql!);
    }

    /// <summary>Every embedded file: the object's name, and its text as the schema code reads it.</summary>
    private static Dictionary<string, string> Files() => SqlFile.All().ToDictionary(
        resource => resource[..^".sql".Length].Split('.')[^1],
        resource =>
        {
            var name = resource[..^".sql".Length];
            var owner = typeof(SqlFile).Assembly.GetTypes().First(t => t.Namespace == name[..name.LastIndexOf('.')]);
            return SqlFile.Text(owner, name[(name.LastIndexOf('.') + 1)..]);
        });

    [Fact]
    public void Every_sql_file_is_the_sql_of_the_schema_object_named_for_it()
    {
        var store = StoreSql();
        var files = Files();

        files.Count.ShouldBeGreaterThan(0);
        foreach (var (name, text) in files)
        {
            store.ShouldContainKey(name, $"{name}.sql is no schema object's");
            store[name].ShouldBe(text, $"{name}'s SQL is not its file's");
        }
    }

    [Fact]
    public void Every_function_and_view_of_the_store_comes_from_a_file_but_the_kpi_marking_triggers()
    {
        var fromCode = StoreSql().Keys.Except(Files().Keys).ToList();

        fromCode.Where(name => !MarksATable(name)).ShouldBeEmpty();
        fromCode.Count.ShouldBe(KpiKeptMarks.WatchedTables.Count);
    }

    /// <summary>
    /// dispose_child.sql deletes a child's rows from each table by name: every table a projection or the store keeps
    /// with a child_id (DisposalSchema.ChildTables, worked out from the registrations), and no other, so a table added
    /// later fails here until the file deletes from it too.
    /// </summary>
    [Fact]
    public void Dispose_child_deletes_from_every_table_that_holds_a_childs_rows()
    {
        using var store = DocumentStore.For(options =>
            JourneyStore.Configure(options, "Host=localhost;Database=unused;Username=unused", TimelinessClocks.Default));
        var deleted = Regex.Matches(Files()["dispose_child"], @"DELETE FROM (\S+) WHERE child_id = p_child;").Select(m => m.Groups[1].Value);

        deleted.ShouldBe(DisposalSchema.ChildTables(store.Options), ignoreOrder: true);
    }

    [Fact]
    public void A_file_writes_no_schema_but_the_placeholder()
    {
        foreach (var resource in SqlFile.All())
        {
            using var reader = new StreamReader(typeof(SqlFile).Assembly.GetManifestResourceStream(resource)!);
            var raw = reader.ReadToEnd();
            raw.ShouldNotContain($"{JourneyStore.Schema}.", customMessage: resource);
            raw.ShouldContain(SqlFile.SchemaPlaceholder + ".", customMessage: resource);
        }
    }
}
