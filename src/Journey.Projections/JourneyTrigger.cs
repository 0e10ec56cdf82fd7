using System.Data.Common;
using Weasel.Core;
using Weasel.Postgresql.Triggers;
using DbCommandBuilder = Weasel.Core.DbCommandBuilder;

namespace Journey.Projections;

/// <summary>
/// A Weasel trigger compared by its note (<see cref="SchemaNote"/>, decision 158): Weasel compares its statement with
/// pg_get_triggerdef's, which lists the events in PostgreSQL's order (INSERT OR DELETE OR UPDATE, where Weasel writes
/// INSERT OR UPDATE OR DELETE) and leaves the function unqualified when its schema is on the search_path (the owner's
/// "$user" is the journey schema), so a trigger never matched. The digest is the catalogue's row: the function called
/// (by oid), the timing and events, the columns, the condition and the arguments.
/// </summary>
public sealed class JourneyTrigger(DbObjectName identifier, DbObjectName target, string functionCall) : Trigger(identifier, target, functionCall)
{
    private const string Digest = "md5(concat_ws('/', t.tgfoid, t.tgtype, t.tgattr, t.tgqual, t.tgargs, t.tgenabled))";

    private string Source => SchemaNote.Source(CreateStatement());

    public override void WriteCreateStatement(Migrator migrator, TextWriter writer)
    {
        base.WriteCreateStatement(migrator, writer);
        writer.WriteLine(SchemaNote.Write("TRIGGER", $"SELECT format('%I ON %I.%I', t.tgname, n.nspname, c.relname) AS target, {Digest} AS digest {Found()}", Source));
    }

    public override void ConfigureQueryCommand(DbCommandBuilder builder) =>
        builder.Append($"SELECT obj_description(t.oid, 'pg_trigger'), {Digest} {Found()};");

    public override Task<ISchemaObjectDelta> CreateDeltaAsync(DbDataReader reader, CancellationToken ct = default) => SchemaNote.Compare(this, Source, reader, ct);

    private string Found() =>
        "FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace " +
        $"WHERE NOT t.tgisinternal AND t.tgname = {SchemaNote.Literal(Identifier.Name)} " +
        $"AND c.relname = {SchemaNote.Literal(Target.Name)} AND n.nspname = {SchemaNote.Literal(Target.Schema)}";
}
