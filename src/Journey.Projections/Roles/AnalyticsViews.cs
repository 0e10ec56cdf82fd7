using System.Text;
using Npgsql;

namespace Journey.Projections.Roles;

/// <summary>
/// The analysts' schema, made again from the catalogue after every schema change so it follows the projections:
/// a view per projection table and view of the journey schema, and a function per row-returning journey function
/// (the as-at and chain functions), each with the same name and columns as the original except as
/// <see cref="PseudonymisedColumns"/> says (a birthday clock's start, due date and elapsed time null, decision 63).
/// The key is read from the private schema by the owner's rights only:
/// views over tables join it (a view reads its tables as its owner), and everything that calls a journey function
/// does so in a SECURITY DEFINER function (a function reads its tables as the caller otherwise).
/// </summary>
public static class AnalyticsViews
{
    public const string Schema = "analytics";
    public const string PrivateSchema = DatabaseAccess.PrivateSchema;

    /// <summary>Journey objects that are not analysts' business: the event store, Wolverine's, the audit trail (disposals included), the import ledger, the kept KPI months.</summary>
    private static bool Excluded(string name) =>
        name.StartsWith("mt_", StringComparison.Ordinal) || name.StartsWith("wolverine_", StringComparison.Ordinal)
        || name is "access_log" or "event_hashes" or "imported_lines" or "event_canonical" or "chain_event" or "chain_events" or "chain_events_set" or "link_events" or "seal_stream"
            or "disposals" or "disposal_canonical" or "dispose_child"
        // The KPI months kept (decision 142): the service's working store, written when the pack is read; analysts call kpi_pack.
        || name.StartsWith("kpi_kept_", StringComparison.Ordinal) || name is "kpi_pack_kept";

    private sealed record Column(string Name, string Type);

    /// <summary>Drops and makes the analytics schema again; returns how many views and functions it holds.</summary>
    public static async Task<int> Build(NpgsqlConnection owner, string cryptoSchema, CancellationToken cancellation)
    {
        var sql = new StringBuilder($"DROP SCHEMA IF EXISTS {Schema} CASCADE; CREATE SCHEMA {Schema};\n");
        sql.Append("DO $d$ DECLARE f regprocedure; BEGIN FOR f IN SELECT p.oid FROM pg_proc p " +
            $"WHERE p.pronamespace = '{PrivateSchema}'::regnamespace AND p.proname LIKE 'analytics\\_%' " +
            "LOOP EXECUTE 'DROP FUNCTION ' || f; END LOOP; END $d$;\n");
        var count = 0;
        foreach (var (name, kind, columns) in await Relations(owner, cancellation))
        {
            var select = Select(columns, cryptoSchema);
            if (kind == 'r')
            {
                sql.Append($"CREATE VIEW {Schema}.{Q(name)} AS SELECT {select} FROM journey.{Q(name)} src CROSS JOIN {DatabaseAccess.KeyTable} k;\n");
            }
            else
            {
                // A journey view may call functions that read tables, which would run with the analyst's rights.
                var rows = $"{PrivateSchema}.{Q("analytics_" + name)}";
                sql.Append($"CREATE FUNCTION {rows}() RETURNS TABLE ({Returns(columns)}) {Definer} AS $fn$ SELECT {select} FROM journey.{Q(name)} src CROSS JOIN {DatabaseAccess.KeyTable} k $fn$;\n");
                sql.Append($"REVOKE ALL ON FUNCTION {rows}() FROM PUBLIC;\n");
                sql.Append($"CREATE VIEW {Schema}.{Q(name)} AS SELECT * FROM {rows}();\n");
            }
            count++;
        }
        foreach (var (name, arguments, arity, columns) in await Functions(owner, cancellation))
        {
            var call = string.Join(", ", Enumerable.Range(1, arity).Select(i => "$" + i));
            sql.Append($"CREATE FUNCTION {Schema}.{Q(name)}({arguments}) RETURNS TABLE ({Returns(columns)}) {Definer} AS $fn$ " +
                $"SELECT {Select(columns, cryptoSchema)} FROM journey.{Q(name)}({call}) src CROSS JOIN {DatabaseAccess.KeyTable} k $fn$;\n");
            count++;
        }
        await DatabaseAccess.Run(owner, sql.ToString(), cancellation);
        return count;
    }

    /// <summary>Runs as the owner, with a search path no caller can plant objects in.</summary>
    private const string Definer = "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp";

    private static string Returns(IEnumerable<Column> columns) => string.Join(", ", Output(columns).Select(c => $"{Q(c.Name)} {c.Type}"));

    /// <summary>The columns as the analyst sees them: withheld ones gone, a date of birth replaced by an age (whole years today).</summary>
    private static IEnumerable<Column> Output(IEnumerable<Column> columns)
    {
        var list = columns.ToList();
        foreach (var column in list)
        {
            var key = PseudonymisedColumns.Key(column.Name);
            if (key == "dateofbirth" && !list.Any(c => c.Name == "age")) yield return new Column("age", "integer");
            else if (PseudonymisedColumns.Withheld.Contains(key)) continue;
            else if (PseudonymisedColumns.Child.Contains(key) || PseudonymisedColumns.Family.Contains(key)) yield return column with { Type = "text" };
            else if (PseudonymisedColumns.ChildList.Contains(key)) yield return column with { Type = "text[]" };
            else yield return column;
        }
    }

    private static string Select(IReadOnlyList<Column> columns, string crypto)
    {
        string Pseudonym(string prefix, string kind, string value) =>
            $"'{prefix}-' || left(encode({Q(crypto)}.hmac(convert_to('{kind}:' || {value}, 'UTF8'), k.key, 'sha256'), 'hex'), 20)";
        var expressions = new List<string>();
        // A row of a birthday clock keeps its measure, status and actual date, not the dates that give the birthday (decision 63).
        var measured = columns.Any(c => c.Name == "measure");
        foreach (var column in columns)
        {
            var key = PseudonymisedColumns.Key(column.Name);
            var source = "src." + Q(column.Name);
            if (measured && PseudonymisedColumns.BirthdayDated.Contains(key))
                expressions.Add($"{PseudonymisedColumns.WithoutBirthday("src.measure", source)} AS {Q(column.Name)}");
            else if (key == "dateofbirth" && !columns.Any(c => c.Name == "age"))
                expressions.Add($"journey.age_in_years({source}, current_date) AS age");
            else if (PseudonymisedColumns.Withheld.Contains(key)) continue;
            else if (PseudonymisedColumns.Child.Contains(key)) expressions.Add($"{Pseudonym("P", "child", source + "::text")} AS {Q(column.Name)}");
            else if (PseudonymisedColumns.Family.Contains(key)) expressions.Add($"{Pseudonym("F", "family", source + "::text")} AS {Q(column.Name)}");
            else if (PseudonymisedColumns.ChildList.Contains(key))
                expressions.Add($"ARRAY(SELECT {Pseudonym("P", "child", "u.id")} FROM unnest({source}) WITH ORDINALITY u(id, n) ORDER BY u.n) AS {Q(column.Name)}");
            else expressions.Add(source);
        }
        return string.Join(", ", expressions);
    }

    private static async Task<List<(string Name, char Kind, List<Column> Columns)>> Relations(NpgsqlConnection owner, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand("""
            SELECT c.relname, c.relkind::text,
                   array(SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum),
                   array(SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum)
            FROM pg_class c
            WHERE c.relnamespace = 'journey'::regnamespace AND c.relkind IN ('r', 'p', 'v')
            ORDER BY c.relname
            """, owner);
        var relations = new List<(string, char, List<Column>)>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            var name = reader.GetString(0);
            if (Excluded(name)) continue;
            var kind = reader.GetString(1) == "v" ? 'v' : 'r';
            relations.Add((name, kind, Columns(reader.GetFieldValue<string[]>(2), reader.GetFieldValue<string[]>(3))));
        }
        return relations;
    }

    /// <summary>Every set-returning journey function with named result columns (RETURNS TABLE), overloads included, that takes no text.</summary>
    private static async Task<List<(string Name, string Arguments, int Arity, List<Column> Columns)>> Functions(NpgsqlConnection owner, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand("""
            SELECT p.proname, pg_get_function_identity_arguments(p.oid), p.pronargs::int,
                   array(SELECT a.name FROM unnest(p.proargnames, p.proargmodes::text[], p.proallargtypes) WITH ORDINALITY a(name, mode, type, i) WHERE a.mode = 't' ORDER BY a.i),
                   array(SELECT format_type(a.type, NULL) FROM unnest(p.proargnames, p.proargmodes::text[], p.proallargtypes) WITH ORDINALITY a(name, mode, type, i) WHERE a.mode = 't' ORDER BY a.i)
            FROM pg_proc p
            WHERE p.pronamespace = 'journey'::regnamespace AND p.prokind = 'f' AND p.proretset AND p.proargmodes IS NOT NULL
              AND 't' = ANY (p.proargmodes::text[])
              -- Never a function taking text: given a child's id it would pair the id with its pseudonym.
              AND NOT EXISTS (SELECT FROM unnest(p.proargtypes::oid[]) a(type)
                              WHERE a.type IN ('text'::regtype, 'varchar'::regtype, 'bpchar'::regtype, 'text[]'::regtype, 'jsonb'::regtype, 'json'::regtype))
            ORDER BY p.proname, p.pronargs
            """, owner);
        var functions = new List<(string, string, int, List<Column>)>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            var name = reader.GetString(0);
            if (Excluded(name)) continue;
            functions.Add((name, reader.GetString(1), reader.GetInt32(2), Columns(reader.GetFieldValue<string[]>(3), reader.GetFieldValue<string[]>(4))));
        }
        return functions;
    }

    private static List<Column> Columns(string[] names, string[] types) => names.Zip(types, (n, t) => new Column(n, t)).ToList();

    private static string Q(string identifier) => DatabaseAccess.Quote(identifier);
}
