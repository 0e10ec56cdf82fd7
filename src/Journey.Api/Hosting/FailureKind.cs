using Npgsql;

namespace Journey.Api.Hosting;

/// <summary>
/// What kind of failure an exception is, for operators' logs: its types, outermost first, and PostgreSQL's error
/// code, never a message, which may quote the SQL that failed or a value it carried (issue 13; decision 73).
/// </summary>
public static class FailureKind
{
    public static string Of(Exception failure)
    {
        var kinds = new List<string>();
        for (var e = failure; e is not null; e = e.InnerException)
            kinds.Add(e is PostgresException postgres ? $"{e.GetType().Name} {postgres.SqlState}" : e.GetType().Name);
        return string.Join(" > ", kinds);
    }

    /// <summary>PostgreSQL cancelled the statement (57014, query_canceled): here, its statement_timeout ran out.</summary>
    public static bool IsCancelledStatement(Exception failure)
    {
        for (var e = failure; e is not null; e = e.InnerException)
            if (e is PostgresException { SqlState: PostgresErrorCodes.QueryCanceled }) return true;
        return false;
    }
}
