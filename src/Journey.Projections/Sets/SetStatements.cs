using Marten;
using Weasel.Postgresql;

namespace Journey.Projections.Sets;

/// <summary>The set statements several projections share word for word.</summary>
public static class SetStatements
{
    /// <summary>
    /// Deletes, in one statement, the rows of <paramref name="table"/> keyed by child and <paramref name="keyColumn"/>
    /// (of PostgreSQL type <paramref name="keyType"/>) named in <paramref name="keys"/>.
    /// </summary>
    public static void DeleteChildRows<TKey>(IDocumentOperations operations, PostgresqlObjectName table, string keyColumn, string keyType,
        IReadOnlyList<(string Child, TKey Key)> keys)
    {
        if (keys.Count == 0) return;
        operations.QueueSqlCommand($"""
            DELETE FROM {table.QualifiedName} t USING unnest(?::text[], ?::{keyType}[]) AS d(child_id, {keyColumn})
             WHERE t.child_id = d.child_id AND t.{keyColumn} = d.{keyColumn}
            """, keys.Select(k => k.Child).ToArray(), keys.Select(k => k.Key).ToArray());
    }
}
