using Npgsql;

namespace Journey.Projections.Logging;

/// <summary>
/// What went wrong, told without what was being stored (decision 70): each exception's type, and for a
/// database error its SQLSTATE and the constraint, table and column it names (the schema's names, never a
/// value), and where in the code it happened. Never an exception's message or its ToString: PostgreSQL's
/// message and context quote the values they failed on ('invalid input syntax for type integer: "…"',
/// 'JSON data, line 1: …"concerns":"…'), and Npgsql's ToString appends that context, so a logged
/// exception would put what was recorded about a child into the service's log (OWASP ASVS 4.0.3 7.1.2).
/// </summary>
public static class FailureKind
{
    /// <summary>One line: "MartenCommandException > PostgresException 22P05", outermost first.</summary>
    public static string Of(Exception exception) => string.Join(" > ", Chain(exception).Select(Kind));

    /// <summary>The stack traces of the chain, outermost first, each under its exception's type: frames hold no values.</summary>
    public static string StackTrace(Exception exception) =>
        string.Join(Environment.NewLine, Chain(exception).Select(e => $"{e.GetType().Name}:{Environment.NewLine}{e.StackTrace}"));

    /// <summary>PostgreSQL cancelled the statement (57014, query_canceled): in the service, its statement_timeout ran out (decision 76).</summary>
    public static bool IsCancelledStatement(Exception exception) =>
        Chain(exception).Any(e => e is PostgresException { SqlState: PostgresErrorCodes.QueryCanceled });

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var e = exception; e is not null; e = e is AggregateException { InnerExceptions.Count: > 0 } all ? all.InnerExceptions[0] : e.InnerException)
            yield return e;
    }

    private static string Kind(Exception e) => e switch
    {
        PostgresException pg => string.Join(" ", new[]
        {
            $"{nameof(PostgresException)} {pg.SqlState}",
            pg.ConstraintName is { Length: > 0 } constraint ? $"constraint {constraint}" : null,
            pg.TableName is { Length: > 0 } table ? $"table {pg.SchemaName}.{table}" : null,
            pg.ColumnName is { Length: > 0 } column ? $"column {column}" : null,
        }.OfType<string>()),
        _ => e.GetType().Name,
    };
}
