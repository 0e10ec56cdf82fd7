using System.Text;

namespace Journey.Domain.Reference;

/// <summary>
/// Reads the small reference CSV files in seeds/reference: a header line, then records whose
/// fields may be double-quoted (a quoted field may hold commas; "" is a quote).
/// </summary>
public static class SimpleCsv
{
    public static IEnumerable<(int LineNumber, IReadOnlyDictionary<string, string> Fields)> Read(TextReader reader, string source)
    {
        var header = reader.ReadLine() ?? throw new FormatException($"{source}: empty file, a header line was expected.");
        var names = SplitLine(header, source, 1);
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var values = SplitLine(line, source, lineNumber);
            if (values.Count != names.Count)
                throw new FormatException($"{source} line {lineNumber}: {values.Count} fields, expected {names.Count} ({string.Join(",", names)}).");
            var record = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < names.Count; i++) record[names[i]] = values[i];
            yield return (lineNumber, record);
        }
    }

    private static List<string> SplitLine(string line, string source, int lineNumber)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else current.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        if (quoted) throw new FormatException($"{source} line {lineNumber}: unterminated quoted field.");
        fields.Add(current.ToString());
        return fields;
    }
}
