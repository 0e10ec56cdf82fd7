using System.Buffers;
using System.Globalization;
using System.Text;

namespace Journey.Api.Hosting;

/// <summary>
/// One cell of a CSV answer: text, which came from a person (a team, a worker) or a request and is neutralised
/// as it is written, or a value the service formats itself (a number, a date, an instant, a flag), written as
/// it is, so a negative number of working days stays a number a spreadsheet can sum. A string is text.
/// </summary>
public readonly record struct CsvCell(string Value, bool IsText)
{
    public static implicit operator CsvCell(string? text) => new(text ?? "", true);
}

/// <summary>
/// The one writer of every CSV the service answers (decision 71): RFC 4180 quoting, ISO dates, UTC instants,
/// CRLF lines, and text cells a spreadsheet would run as a formula neutralised. Endpoints answer CSV only
/// through <see cref="Result{T}"/>; the analysts' rewrite goes through <see cref="Rewrite"/>.
/// </summary>
public static class CsvText
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>
    /// OWASP, "CSV Injection" (owasp.org/www-community/attacks/CSV_Injection): a cell beginning with
    /// Equals (=), Plus (+), Minus (-), At (@), Tab (0x09) or Carriage return (0x0D) is read by a spreadsheet
    /// as a formula; "prepend each cell field with a single quote" and "wrap each cell field in double quotes".
    /// ASVS 5.0 requirement 1.2.10 lists the null character (0x00) beside them.
    /// </summary>
    private static readonly SearchValues<char> FormulaStart = SearchValues.Create("=+-@\t\r\0");

    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    public static IResult Result<T>(string header, IEnumerable<T> rows, Func<T, IEnumerable<CsvCell>> fields) =>
        Results.Text(Write(header, rows, fields), ContentType, Encoding.UTF8);

    public static string Write<T>(string header, IEnumerable<T> rows, Func<T, IEnumerable<CsvCell>> fields)
    {
        var csv = new StringBuilder(header).Append("\r\n");
        foreach (var row in rows) csv.AppendJoin(',', fields(row).Select(Cell)).Append("\r\n");
        return csv.ToString();
    }

    public static CsvCell Number(int? value) => Value(value?.ToString(CultureInfo.InvariantCulture));
    public static CsvCell Number(long? value) => Value(value?.ToString(CultureInfo.InvariantCulture));
    public static CsvCell Number(decimal? value) => Value(value?.ToString(CultureInfo.InvariantCulture));
    public static CsvCell Date(DateOnly? date) => Value(date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>A date in a format a file's specification sets (the SSDA903's DD/MM/YYYY: <c>dd/MM/yyyy</c>), as a value.</summary>
    public static CsvCell Date(DateOnly? date, string format) => Value(date?.ToString(format, CultureInfo.InvariantCulture));
    public static CsvCell Instant(DateTimeOffset? instant) => Value(instant?.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
    public static CsvCell Flag(bool? value) => Value(value switch { true => "true", false => "false", null => null });

    /// <summary>A property's value as a cell: numbers, dates, instants and flags as values, anything else as text.</summary>
    public static CsvCell Of(object? value) => value switch
    {
        null => Value(""),
        string text => text,
        DateTimeOffset instant => Instant(instant),
        DateOnly date => Date(date),
        bool flag => Flag(flag),
        IFormattable formattable => Value(formattable.ToString(null, CultureInfo.InvariantCulture)),
        _ => value.ToString(),
    };

    private static CsvCell Value(string? text) => new(text ?? "", false);

    private static string Cell(CsvCell cell) =>
        cell.IsText && cell.Value.Length > 0 && FormulaStart.Contains(cell.Value[0]) ? Quoted("'" + cell.Value) : Quoted(cell.Value, onlyIfNeeded: true);

    private static string Quoted(string field, bool onlyIfNeeded = false) =>
        onlyIfNeeded && field.AsSpan().IndexOfAny(NeedsQuotes) < 0 ? field : $"\"{field.Replace("\"", "\"\"")}\"";

    /// <summary>
    /// Rewrites a CSV this service wrote, column by column (the analysts' pseudonyms): columns <paramref name="keep"/>
    /// refuses are left out, and a cell <paramref name="map"/> changes (given its column, its value and the row's value
    /// in any other column) is written as new text, neutralised like any other; a cell it leaves alone is copied exactly
    /// as written, so what was neutralised stays so and numbers stay numbers.
    /// </summary>
    public static string Rewrite(string csv, Func<string, bool> keep, Func<string, string, Func<string, string?>, string> map)
    {
        var records = Records(csv);
        if (records.Count == 0) return csv;
        var header = records[0].Select(f => f.Value).ToArray();
        var kept = Enumerable.Range(0, header.Length).Where(i => keep(header[i])).ToArray();
        var text = new StringBuilder();
        for (var r = 0; r < records.Count; r++)
        {
            text.AppendJoin(',', kept.Select(i =>
            {
                if (i >= records[r].Count) return "";
                var (value, raw) = records[r][i];
                var row = records[r];
                var mapped = r == 0 || value.Length == 0 ? value
                    : map(header[i], value, column => Array.IndexOf(header, column) is var at && at >= 0 && at < row.Count ? row[at].Value : null);
                return mapped == value ? raw : Cell(mapped);
            }));
            text.Append("\r\n");
        }
        return text.ToString();
    }

    /// <summary>RFC 4180 records as <see cref="Write{T}"/> writes them, each field's value and its text as written.</summary>
    private static List<List<(string Value, string Raw)>> Records(string text)
    {
        var records = new List<List<(string, string)>>();
        var record = new List<(string, string)>();
        var field = new StringBuilder();
        var start = 0;
        var quoted = false;
        void EndField(int end)
        {
            record.Add((field.ToString(), text[start..end]));
            field.Clear();
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { EndField(i); start = i + 1; }
            else if (c == '\r') { }
            else if (c == '\n')
            {
                EndField(i > start && text[i - 1] == '\r' ? i - 1 : i);
                records.Add(record);
                record = [];
                start = i + 1;
            }
            else field.Append(c);
        }
        if (field.Length > 0 || record.Count > 0)
        {
            EndField(text.Length);
            records.Add(record);
        }
        return records;
    }
}
