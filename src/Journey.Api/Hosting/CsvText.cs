using System.Globalization;
using System.Text;

namespace Journey.Api.Hosting;

/// <summary>CSV for every read endpoint: RFC 4180 quoting, ISO dates, UTC instants, CRLF lines.</summary>
public static class CsvText
{
    public static string Write<T>(string header, IEnumerable<T> rows, Func<T, IEnumerable<string>> fields)
    {
        var csv = new StringBuilder(header).Append("\r\n");
        foreach (var row in rows) csv.AppendJoin(',', fields(row).Select(Escape)).Append("\r\n");
        return csv.ToString();
    }

    public static IResult Result(string text) => Results.Text(text, "text/csv; charset=utf-8", Encoding.UTF8);

    public static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
    public static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
    public static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
    public static string Instant(DateTimeOffset? instant) => instant?.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) ?? "";

    public static string Escape(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{field.Replace("\"", "\"\"")}\"" : field;
}
