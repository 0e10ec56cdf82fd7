namespace Journey.Projections;

/// <summary>
/// The values of a queued SQL statement, some of which may be null: a null is written into the
/// statement as NULL rather than bound as a parameter, which Npgsql cannot type.
/// </summary>
internal sealed class SqlValues
{
    private readonly List<string> _placeholders = [];
    private readonly List<object> _parameters = [];

    public SqlValues(params object[] values)
    {
        foreach (var value in values) Add(value);
    }

    public SqlValues Add(object? value)
    {
        _placeholders.Add(value is null ? "NULL" : "?");
        if (value is not null) _parameters.Add(value);
        return this;
    }

    public string Placeholders => string.Join(", ", _placeholders);

    public object[] Parameters => _parameters.ToArray();
}
