namespace Journey.Projections.Sets;

/// <summary>
/// The changes a batch makes to one table, by row key, in sequence order, reduced in memory to what
/// writing them in turn would leave: at most one delete and one upsert per key, the delete written
/// first. A key twice in one INSERT ... ON CONFLICT DO UPDATE is an error in PostgreSQL, so a set
/// statement must name each key once. The last change wins; an upsert that keeps some columns of a
/// row already there (a row's first recorded time) is merged with an earlier upsert of the same key by
/// <c>merge(earlier, later)</c>, so the one row written gives what the two statements would have. An
/// upsert after a delete of its key is written after that delete, so it starts from no row, as it did.
/// </summary>
public sealed class RowChanges<TKey, TRow>(Func<TRow, TRow, TRow>? merge = null) where TKey : notnull where TRow : class
{
    private readonly Dictionary<TKey, (TRow? Row, bool DeleteFirst)> _changes = [];
    private readonly Func<TRow, TRow, TRow> _merge = merge ?? ((_, later) => later);

    public void Upsert(TKey key, TRow row) =>
        _changes[key] = _changes.TryGetValue(key, out var earlier)
            ? (earlier.Row is null ? row : _merge(earlier.Row, row), earlier.DeleteFirst)
            : (row, false);

    public void Delete(TKey key) => _changes[key] = (default, true);

    /// <summary>The keys to delete, before the upserts are written.</summary>
    public IReadOnlyList<TKey> Deletes => _changes.Where(c => c.Value.DeleteFirst).Select(c => c.Key).ToList();

    /// <summary>The rows to insert or update, one per key, after the deletes.</summary>
    public IReadOnlyList<TRow> Upserts => _changes.Values.Where(c => c.Row is not null).Select(c => c.Row!).ToList();
}
