using System.Data.Common;
using System.Text.RegularExpressions;
using Weasel.Core;
using Weasel.Postgresql.Functions;
using DbCommandBuilder = Weasel.Core.DbCommandBuilder;

namespace Journey.Projections;

/// <summary>
/// A Weasel function (one name, every overload the SQL creates) compared by its note (<see cref="SchemaNote"/>,
/// decision 158) rather than by PostgreSQL's rendering of its text, and replaced in place where it can be, so the
/// views and triggers that use it stay.
/// </summary>
public sealed partial class JourneyFunction : Function
{
    // The digest of a function's definition: the whole catalogue entry as PostgreSQL writes it back.
    private const string Digest = "md5(pg_get_functiondef(p.oid))";

    private readonly IReadOnlyList<(string? Note, string Digest)> _found = [];

    private JourneyFunction(DbObjectName identifier, string sql) : base(identifier, sql)
    {
        Source = SchemaNote.Source(sql);
        Overloads = CreateFunction().Matches(sql).Count(m => m.Groups["name"].Value.Equals(Identifier.QualifiedName, StringComparison.OrdinalIgnoreCase));
    }

    private JourneyFunction(DbObjectName identifier, string definitions, string[] drops, IReadOnlyList<(string? Note, string Digest)> found)
        : base(identifier, definitions, drops)
    {
        Source = "";
        _found = found;
    }

    /// <summary>The hash of the SQL the function is created from.</summary>
    public string Source { get; }

    /// <summary>
    /// How many overloads of its name the SQL creates (its CREATE FUNCTION statements of that name: any other function
    /// the same SQL creates is not compared), or, found in the database, how many it holds.
    /// </summary>
    public int Overloads { get; private init; }

    /// <summary>A function from its CREATE FUNCTION statement(s); the name is read as Weasel reads it (the first "FUNCTION" to the first "(").</summary>
    public static new JourneyFunction ForSql(string sql) => new(ParseIdentifier(sql), sql);

    public override void WriteCreateStatement(Migrator migrator, TextWriter writer)
    {
        base.WriteCreateStatement(migrator, writer);
        writer.WriteLine(WriteNote());
    }

    /// <summary>The DO block writing this function's note on each of its overloads.</summary>
    public string WriteNote() => SchemaNote.Write("FUNCTION", $"SELECT p.oid::regprocedure::text AS target, {Digest} AS digest {Overload()}", Source);

    /// <summary>The SQL alone, without the note: what the function is created from.</summary>
    public string Sql => RawBody ?? "";

    public override void ConfigureQueryCommand(DbCommandBuilder builder) => builder.Append($"""

        SELECT obj_description(p.oid, 'pg_proc'), {Digest}, pg_get_functiondef(p.oid) {Overload()} ORDER BY p.oid;
        SELECT format('DROP FUNCTION IF EXISTS %s.%s(%s);', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)) {Overload()};

        """);

    protected override async Task<FunctionBase?> ReadExistingFromReaderAsync(DbDataReader reader, CancellationToken ct)
    {
        var found = new List<(string? Note, string Digest)>();
        var definitions = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            found.Add((await reader.IsDBNullAsync(0, ct) ? null : reader.GetString(0), reader.GetString(1)));
            definitions.Add(reader.GetString(2).TrimEnd() + ";");
        }
        await reader.NextResultAsync(ct);
        var drops = new List<string>();
        while (await reader.ReadAsync(ct)) drops.Add(reader.GetString(0));
        return found.Count == 0 ? null : new JourneyFunction(Identifier, string.Join(Environment.NewLine, definitions), [.. drops], found) { Overloads = found.Count };
    }

    protected override ISchemaObjectDelta CreateFunctionDelta(FunctionBase? actual) => new JourneyFunctionDelta(this, (JourneyFunction?)actual);

    /// <summary>Whether every overload found carries the note this function's SQL gives it.</summary>
    public bool IsMatchedBy(JourneyFunction actual) =>
        actual.Overloads == Overloads && actual._found.All(f => SchemaNote.Matches(f.Note, Source, f.Digest));

    private string Overload() =>
        $"FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = {SchemaNote.Literal(Identifier.Schema)} AND p.proname = {SchemaNote.Literal(Identifier.Name)}";

    [GeneratedRegex(@"\bCREATE\s+(OR\s+REPLACE\s+)?FUNCTION\s+(?<name>[^\s(]+)\s*\(", RegexOptions.IgnoreCase)]
    private static partial Regex CreateFunction();
}

/// <summary>
/// A function's difference: by its note, and, where its overloads are the same in number, written as CREATE OR REPLACE,
/// which keeps the views and triggers using it; only where PostgreSQL refuses that (a changed return type or argument
/// name) are the overloads dropped with what depends on them and created again, as Weasel does every time.
/// </summary>
public sealed class JourneyFunctionDelta(JourneyFunction expected, JourneyFunction? actual) : FunctionDelta(expected, actual)
{
    protected override SchemaPatchDifference compare(Function expected, Function? actual) =>
        expected.IsRemoved || actual is null ? base.compare(expected, actual)
        : ((JourneyFunction)expected).IsMatchedBy((JourneyFunction)actual) ? SchemaPatchDifference.None
        : SchemaPatchDifference.Update;

    public override void WriteUpdate(Migrator rules, TextWriter writer)
    {
        var function = (JourneyFunction)Expected;
        if (function.IsRemoved || Actual is not JourneyFunction found || found.Overloads != function.Overloads)
        {
            base.WriteUpdate(rules, writer);
            return;
        }
        var drops = string.Join(Environment.NewLine, found.DropStatements().Select(d => d.TrimEnd(';') + " CASCADE;"));
        writer.WriteLine($"""
            DO $journey_replace$
            BEGIN
            {Statements(function)}
            EXCEPTION WHEN invalid_function_definition OR duplicate_function OR wrong_object_type THEN
            {drops}
            {Statements(function)}
            END
            $journey_replace$;
            """);
        writer.WriteLine(function.WriteNote());
    }

    // Inside the DO block every statement ends with a semicolon, the last one too.
    private static string Statements(JourneyFunction function) => function.Sql.TrimEnd().TrimEnd(';') + ";";
}
