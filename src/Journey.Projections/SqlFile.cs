using System.Reflection;

namespace Journey.Projections;

/// <summary>
/// A function or view kept as SQL in a .sql file beside the capability that owns it, one object per
/// file, named for it (Timeliness/measures_at.sql holds journey.measures_at) and embedded in this
/// assembly (decision 147). The one thing the file does not spell out is its schema: it writes
/// <c>{schema}</c>, replaced by <see cref="JourneyStore.Schema"/>. Weasel still creates and migrates
/// the object, compared by the hash of the file's text (<see cref="SchemaNote"/>, decision 158). A file
/// holds the statement alone, with no comment before it: Weasel reads a function's name from its first
/// "FUNCTION" and "("; what a function is for is said on the schema code that loads it.
/// </summary>
public static class SqlFile
{
    public const string SchemaPlaceholder = "{schema}";

    private static readonly Assembly Assembly = typeof(SqlFile).Assembly;

    /// <summary>The file's statement, with the schema written in; its final line break dropped, as Weasel was given before.</summary>
    /// <param name="owner">A type in the folder (and namespace) the file sits in.</param>
    /// <param name="name">The object's name, which is the file's name without .sql.</param>
    public static string Text(Type owner, string name)
    {
        var resource = ResourceName(owner, name);
        using var stream = Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"No SQL file {resource} is embedded in {Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().TrimEnd().Replace(SchemaPlaceholder, JourneyStore.Schema, StringComparison.Ordinal);
    }

    /// <summary>A function from its file; a file whose function has another name than the file's is refused.</summary>
    public static JourneyFunction Function(Type owner, string name)
    {
        var function = JourneyFunction.ForSql(Text(owner, name));
        if (function.Identifier.Name != name || function.Identifier.Schema != JourneyStore.Schema)
            throw new InvalidOperationException($"{ResourceName(owner, name)} creates {function.Identifier.QualifiedName}, not {JourneyStore.Schema}.{name}.");
        return function;
    }

    /// <summary>A view from its file, which holds the view's query (Weasel writes the CREATE VIEW around it).</summary>
    public static JourneyView View(Type owner, string name) =>
        new($"{JourneyStore.Schema}.{name}", Text(owner, name));

    /// <summary>Every .sql file embedded, by resource name (the owner's namespace, the object's name, .sql).</summary>
    public static IEnumerable<string> All() => Assembly.GetManifestResourceNames().Where(n => n.EndsWith(".sql", StringComparison.Ordinal));

    public static string ResourceName(Type owner, string name) => $"{owner.Namespace}.{name}.sql";
}
