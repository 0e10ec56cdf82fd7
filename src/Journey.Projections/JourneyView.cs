using System.Data.Common;
using Weasel.Core;
using Weasel.Postgresql.Views;
using DbCommandBuilder = Weasel.Core.DbCommandBuilder;

namespace Journey.Projections;

/// <summary>
/// A Weasel view compared by its note (<see cref="SchemaNote"/>, decision 158): Weasel compares the query with
/// pg_get_viewdef's rendering word for word, which no view written by hand matches. The digest is the view's stored
/// query tree (pg_rewrite), which, unlike pg_get_viewdef, does not depend on the reader's search_path.
/// </summary>
public sealed class JourneyView(string name, string sql) : View(name, sql)
{
    private string Source => SchemaNote.Source(ViewSql);

    public override void WriteCreateStatement(Migrator migrator, TextWriter writer)
    {
        base.WriteCreateStatement(migrator, writer);
        writer.WriteLine(SchemaNote.Write("VIEW", $"SELECT format('%I.%I', n.nspname, c.relname) AS target, md5(r.ev_action::text) AS digest {Found()}", Source));
    }

    public override void ConfigureQueryCommand(DbCommandBuilder builder) =>
        builder.Append($"SELECT obj_description(c.oid, 'pg_class'), md5(r.ev_action::text) {Found()};");

    public override Task<ISchemaObjectDelta> CreateDeltaAsync(DbDataReader reader, CancellationToken ct = default) => SchemaNote.Compare(this, Source, reader, ct);

    private string Found() =>
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_rewrite r ON r.ev_class = c.oid AND r.rulename = '_RETURN' " +
        $"WHERE c.relkind = 'v' AND n.nspname = {SchemaNote.Literal(Identifier.Schema)} AND c.relname = {SchemaNote.Literal(Identifier.Name)}";
}
