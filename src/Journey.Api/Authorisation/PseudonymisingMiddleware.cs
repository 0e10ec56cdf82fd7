using System.Text;
using System.Text.Json.Nodes;
using Journey.Api.Hosting;
using Journey.Projections.Roles;

namespace Journey.Api.Authorisation;

/// <summary>
/// Answers an analyst's read of child-level rows (the request whose <see cref="ReadScope"/>, decided by
/// <see cref="JourneyAccessHandler"/>, is the pseudonymised one) with pseudonyms for child and family ids
/// and without people's names or birthdays (nor a birthday clock's dates, decision 63), whatever the view
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
        if (!ReadScope.DecidedFor(http).IsPseudonymised)
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

    /// <summary>
    /// The same rewrite of a CSV answer, through the one CSV writer (decision 71), so a name's neutralising survives it;
    /// a birthday clock's row loses its dates (decision 63).
    /// </summary>
    private string Csv(string text) => CsvText.Rewrite(text, column => !Withheld.Contains(Key(column)), (column, value, row) =>
        BirthdayDated.Contains(Key(column)) && IsBirthdayClock(row("measure")) ? ""
        : ChildFields.Contains(Key(column)) ? pseudonyms.Child(value)
        : FamilyFields.Contains(Key(column)) ? pseudonyms.Family(value) : value);
}
