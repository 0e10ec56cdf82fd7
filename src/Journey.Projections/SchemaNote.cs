using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Weasel.Core;

namespace Journey.Projections;

/// <summary>
/// How Journey's own functions, views and triggers are compared with the database (decision 158). Weasel compares
/// the SQL it is given with PostgreSQL's re-rendering of it (pg_get_functiondef, pg_get_viewdef, pg_get_triggerdef),
/// after a few text replacements; PostgreSQL's rendering spells types, quoting, layout and name qualification its own
/// way, so nearly every object was seen as changed and dropped and re-created at every start. Instead, each object
/// carries a note (COMMENT ON) written as it is created: the hash of the SQL that created it and a digest of what the
/// catalogue then held. It matches when the note's hash is the code's SQL and its digest is the catalogue's now: a
/// change in the code, or a change made by hand in the database, is a difference; PostgreSQL's spelling is not.
/// </summary>
public static class SchemaNote
{
    public const string Prefix = "journey source ";

    /// <summary>The hash of the SQL an object is created from (the first 128 bits of its SHA-256, in hex).</summary>
    public static string Source(string sql) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql)))[..32];

    /// <summary>The note an object created from SQL hashed <paramref name="source"/> carries while the catalogue's digest is <paramref name="digest"/>.</summary>
    public static string Expected(string source, string digest) => $"{Prefix}{source} definition {digest}";

    /// <summary>Whether the note found matches the code's SQL and the catalogue as it is.</summary>
    public static bool Matches(string? note, string source, string digest) => note == Expected(source, digest);

    /// <summary>
    /// A DO block writing the note on each object <paramref name="targets"/> selects: a query giving, per object, the
    /// text COMMENT ON <paramref name="kind"/> names it by (target) and its digest (digest), as the comparison reads it.
    /// </summary>
    public static string Write(string kind, string targets, string source) => $$"""
        DO $journey_note$
        DECLARE o record;
        BEGIN
          FOR o IN {{targets}} LOOP
            EXECUTE format('COMMENT ON {{kind}} %s IS %L', o.target, '{{Prefix}}{{source}} definition ' || o.digest);
          END LOOP;
        END
        $journey_note$;
        """;

    /// <summary>
    /// An object's difference from the row its query read (the note, the digest): none where the note matches, a
    /// change where it does not, and a creation where there is no row.
    /// </summary>
    public static async Task<ISchemaObjectDelta> Compare(ISchemaObject schemaObject, string source, DbDataReader reader, CancellationToken ct)
    {
        if (!await reader.ReadAsync(ct)) return new SchemaObjectDelta(schemaObject, SchemaPatchDifference.Create);
        var note = await reader.IsDBNullAsync(0, ct) ? null : reader.GetString(0);
        return new SchemaObjectDelta(schemaObject, Matches(note, source, reader.GetString(1)) ? SchemaPatchDifference.None : SchemaPatchDifference.Update);
    }

    /// <summary>A name as an SQL string literal.</summary>
    public static string Literal(string value) => $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";
}
