using System.Text;
using System.Text.Json.Nodes;
using Journey.Api.Hosting;
using Journey.Projections.Roles;

namespace Journey.Api.Authorisation;

/// <summary>
/// Answers an analyst's read of child-level rows (marked by <see cref="JourneyAccessHandler"/>) with
/// pseudonyms for child and family ids and without people's names or birthdays (nor a birthday clock's
/// dates, decision 63), whatever the view
/// and whether JSON or CSV: fields are recognised by name (childId / child_id, …) in one place, so a
/// list added later is covered without anyone remembering to. The answer is held back until it has
/// been rewritten; one in any other format is refused rather than shown. Decision 51.
/// </summary>
public sealed class PseudonymisingMiddleware(RequestDelegate next, Pseudonyms pseudonyms)
{
    // The same field lists as the analysts' SQL views (decision 58), so the API and SQL withhold alike:
    // ids that become pseudonyms, and people's names and what reveals a date of birth, left out. Ages stay.
    private static readonly IReadOnlySet<string> ChildFields = PseudonymisedColumns.Child, FamilyFields = PseudonymisedColumns.Family,
        ChildListFields = PseudonymisedColumns.ChildList, Withheld = PseudonymisedColumns.Withheld, BirthdayDated = PseudonymisedColumns.BirthdayDated;

    /// <summary>A row whose measure is a birthday clock shows no start, due date or elapsed time (decision 63).</summary>
    private static bool IsBirthdayClock(string? measure) => measure is not null && PseudonymisedColumns.BirthdayMeasures.Contains(measure);

    public async Task InvokeAsync(HttpContext http)
    {
        if (!http.Items.ContainsKey(JourneyAccessHandler.PseudonymiseItem))
        {
            await next(http);
            return;
        }
        var original = http.Response.Body;
        await using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = original;
        }
        var text = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        var mediaType = http.Response.ContentType?.Split(';')[0].Trim() ?? "";
        string? rewritten = text.Length == 0 ? text
            : mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase) ? Json(text)
            : mediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase) ? Csv(text)
            : null;
        if (rewritten is null)
        {
            http.Response.Clear();
            await Refusal($"This view answers {mediaType}, which cannot be pseudonymised for an analyst.").ExecuteAsync(http);
            return;
        }
        var bytes = Encoding.UTF8.GetBytes(rewritten);
        http.Response.ContentLength = bytes.Length;
        await original.WriteAsync(bytes, http.RequestAborted);
    }

    /// <summary>What an analyst is answered when a view cannot be given to them pseudonymised (403, rule pseudonymised-rows).</summary>
    public static IResult Refusal(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, type: ForbiddenProblemHandler.ForbiddenType, title: "You may not do this.", detail: detail,
            extensions: new Dictionary<string, object?> { ["rule"] = JourneyAccessHandler.PseudonymisedRows });

    private static string Key(string name) => PseudonymisedColumns.Key(name);

    private string Json(string text)
    {
        var root = JsonNode.Parse(text);
        Rewrite(root);
        return root?.ToJsonString(ApiJson.Options) ?? text;
    }

    private void Rewrite(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array) Rewrite(item);
                break;
            case JsonObject obj:
                var birthdayClock = obj.Any(p => Key(p.Key) == "measure" && p.Value is JsonValue measure && IsBirthdayClock(measure.ToString()));
                foreach (var (name, value) in obj.ToArray())
                {
                    var key = Key(name);
                    if (Withheld.Contains(key)) obj.Remove(name);
                    else if (birthdayClock && BirthdayDated.Contains(key)) obj[name] = null;
                    else if (ChildFields.Contains(key) && value is JsonValue child) obj[name] = pseudonyms.Child(child.ToString());
                    else if (FamilyFields.Contains(key) && value is JsonValue family) obj[name] = pseudonyms.Family(family.ToString());
                    else if (ChildListFields.Contains(key) && value is JsonArray children)
                        obj[name] = new JsonArray(children.Select(c => (JsonNode?)pseudonyms.Child(c!.ToString())).ToArray());
                    else Rewrite(value);
                }
                break;
        }
    }

    private string Csv(string text)
    {
        var records = CsvRecords(text);
        if (records.Count == 0) return text;
        var header = records[0].Select(Key).ToArray();
        var keep = Enumerable.Range(0, header.Length).Where(i => !Withheld.Contains(header[i])).ToArray();
        var measure = Array.IndexOf(header, "measure");
        var csv = new StringBuilder();
        for (var r = 0; r < records.Count; r++)
        {
            var birthdayClock = r > 0 && measure >= 0 && measure < records[r].Count && IsBirthdayClock(records[r][measure]);
            var fields = keep.Select(i =>
            {
                var value = i < records[r].Count ? records[r][i] : "";
                if (birthdayClock && BirthdayDated.Contains(header[i])) return "";
                if (r == 0 || value.Length == 0) return value;
                return ChildFields.Contains(header[i]) ? pseudonyms.Child(value)
                    : FamilyFields.Contains(header[i]) ? pseudonyms.Family(value) : value;
            });
            csv.AppendJoin(',', fields.Select(CsvText.Escape)).Append("\r\n");
        }
        return csv.ToString();
    }

    /// <summary>RFC 4180 records as CsvText writes them: quoted fields may hold commas, quotes and line breaks.</summary>
    private static List<List<string>> CsvRecords(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
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
            else if (c == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (c == '\r') { }
            else if (c == '\n') { record.Add(field.ToString()); field.Clear(); records.Add(record); record = []; }
            else field.Append(c);
        }
        if (field.Length > 0 || record.Count > 0) { record.Add(field.ToString()); records.Add(record); }
        return records;
    }
}
