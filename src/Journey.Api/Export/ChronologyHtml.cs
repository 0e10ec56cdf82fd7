using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Journey.Api.Hosting;
using Journey.Api.Timeline;
using Journey.Domain.Journeys;
using Journey.Domain.Timescales;

namespace Journey.Api.Export;

/// <summary>
/// A child's chronology as one printable HTML page: inline CSS, no scripts, no external assets, so
/// it can be saved, emailed and printed into a court bundle as it is. Every value that came from a
/// request or the store is HTML-encoded (<see cref="E"/>); only the page's own markup is not.
/// Times are UK local time.
/// </summary>
public static partial class ChronologyHtml
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private const string Style = """
        body { font-family: Georgia, "Times New Roman", serif; font-size: 10.5pt; color: #111; margin: 1.5em; }
        h1 { font-size: 16pt; margin: 0 0 .3em; }
        h2 { font-size: 12.5pt; margin: 1.4em 0 .4em; border-bottom: 1px solid #444; }
        p.meta { margin: .15em 0; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border: 1px solid #999; padding: .25em .4em; vertical-align: top; text-align: left; }
        th { background: #eee; }
        thead { display: table-header-group; }
        tr { page-break-inside: avoid; }
        .meaning { display: block; font-size: 9pt; color: #444; }
        .change td { background: #f7f3e8; font-size: 9.5pt; }
        .withdrawn td.step, .withdrawn td.details { text-decoration: line-through; }
        .status-late, .status-open-overdue, .status-withdrawn { font-weight: bold; }
        ul.fields { margin: 0; padding-left: 1.1em; }
        footer { margin-top: 1.5em; font-size: 9pt; color: #444; }
        @page { size: A4 landscape; margin: 12mm; }
        """;

    /// <summary>The page's one style element's text, exactly as written, and its hash, which the page's Content-Security-Policy allows (SecurityHeaders).</summary>
    private const string StyleBlock = "\n" + Style;
    public static readonly string StyleHash = "sha256-" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(StyleBlock)));

    public static string Render(ChildExport export)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<title>Chronology of child ").Append(E(export.ChildId)).Append("</title>\n")
            .Append("<style>").Append(StyleBlock).Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>Chronology of child ").Append(E(export.ChildId)).Append("</h1>\n");
        html.Append("<p class=\"meta\">Generated ").Append(E(Time(export.GeneratedAt))).Append(" by ").Append(E(export.GeneratedBy)).Append(".</p>\n");
        html.Append("<p class=\"meta\">").Append(E(ViewDescription(export))).Append("</p>\n");
        html.Append("<p class=\"meta\">Journey version ").Append(export.Version).Append("; ")
            .Append(export.Events.Count(e => e.Changes is null)).Append(" steps shown, in the order they happened.</p>\n");
        Steps(html, export.Events);
        Measures(html, export);
        Chains(html, export);
        html.Append("<footer>Times are UK local time. Nothing recorded is ever deleted: a corrected step is shown as first recorded with ")
            .Append("how it now stands beside it, and every correction, withdrawal and finalisation follows the step it changed, ")
            .Append("with who made it, when, and why.</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string ViewDescription(ChildExport export)
    {
        var parts = new List<string>();
        if (export.AsRecordedAt is { } recorded) parts.Add($"as recorded by {Time(recorded)}: only what had been recorded then");
        if (export.AsOccurredAt is { } occurred) parts.Add($"as occurred by {Time(occurred)}: only what had happened by then, as known now");
        return parts.Count == 0 ? "The journey as it now stands." : "The journey " + string.Join("; ", parts) + ".";
    }

    private static void Steps(StringBuilder html, IReadOnlyList<TimelineEntry> entries)
    {
        html.Append("<h2>Steps</h2>\n<table class=\"steps\">\n<thead><tr><th>Version</th><th>Happened</th><th>Stage</th><th>Step</th>")
            .Append("<th>As recorded</th><th>Now stands as</th><th>Recorded</th><th>Status</th></tr></thead>\n<tbody>\n");
        foreach (var entry in entries)
        {
            var isChange = entry.Changes is not null;
            var rowClass = isChange ? "change" : entry.Status == "withdrawn" ? "withdrawn" : "step";
            html.Append("<tr class=\"").Append(rowClass).Append("\"><td>").Append(entry.Version).Append("</td>");
            // A step is placed, and dated, as it now stands; what it was first recorded as is beside it.
            var happened = entry.Current is IJourneyEvent now ? now.OccurredAt : entry.OccurredAt;
            html.Append("<td>").Append(E(Time(happened))).Append("</td>");
            html.Append("<td>").Append(E(StepWords.Stage(entry.Type))).Append("</td>");
            html.Append("<td class=\"step\"><strong>").Append(E(StepTitle(entry))).Append("</strong><span class=\"meaning\">")
                .Append(E(StepWords.Meaning(entry.Type))).Append("</span></td>");
            var recorded = Fields(entry.Data);
            var changed = entry.Current is { } current ? Changed(recorded, Fields(current)) : [];
            // When it happened has its own column; it is repeated beside the original only when a correction moved it.
            var shownAsRecorded = changed.Any(f => f.Name == HappenedField) ? recorded : recorded.Where(f => f.Name != HappenedField).ToList();
            html.Append("<td class=\"details\">").Append(FieldList(shownAsRecorded)).Append("</td>");
            html.Append("<td>").Append(FieldList(changed)).Append("</td>");
            html.Append("<td>").Append(E(Time(entry.RecordedAt))).Append("<br>by ").Append(E(entry.RecordedBy ?? "unknown"));
            if (entry.ImportedBy is not null)
                html.Append("<br>imported by ").Append(E(entry.ImportedBy)).Append(entry.ImportedAt is { } at ? " on " + E(Time(at)) : "");
            if (entry.FinalisedAt is { } finalised) html.Append("<br>finalised ").Append(E(Time(finalised)));
            html.Append("</td>");
            var status = isChange ? "" : entry.Status ?? "recorded";
            html.Append("<td class=\"status-").Append(E(status)).Append("\">").Append(E(StatusWords(status))).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    private static string StepTitle(TimelineEntry entry) => entry.Data switch
    {
        Journey.Domain.Corrections.EventCorrected c => $"Correction of version {c.CorrectedVersion}",
        Journey.Domain.Corrections.EventWithdrawn w => $"Withdrawal of version {w.WithdrawnVersion}",
        Journey.Domain.Corrections.RecordFinalised f => $"Record finalised (version {f.FinalisedVersion})",
        _ => StepWords.Name(entry.Type),
    };

    private static void Measures(StringBuilder html, ChildExport export)
    {
        html.Append("<h2>Timeliness measures</h2>\n<p class=\"meta\">As they stood ").Append(E(Time(export.MeasuresAsAt)))
            .Append(export.MeasuresAsRecorded ? ", counting only what had been recorded by then" : "").Append(".</p>\n");
        if (export.Measures.Count == 0) { html.Append("<p>No timeliness clock has started for this child.</p>\n"); return; }
        html.Append("<table class=\"measures\">\n<thead><tr><th>Measure</th><th>Episode</th><th>Started</th><th>Due</th><th>Done</th>")
            .Append("<th>Elapsed</th><th>Status</th><th>Rule</th></tr></thead>\n<tbody>\n");
        foreach (var m in export.Measures)
            html.Append("<tr><td>").Append(E(m.Measure)).Append("</td><td>").Append(m.Episode).Append("</td><td>")
                .Append(E(Date(m.StartDate))).Append("</td><td>").Append(E(m.DueAt is { } dueAt ? Time(dueAt) : Date(m.DueDate))).Append("</td><td>")
                .Append(E(m.ActualAt is { } actual ? Time(actual) : "")).Append("</td><td>")
                .Append(E(m.Elapsed is { } elapsed ? $"{elapsed.ToString(English)} {m.ElapsedUnit.Replace('-', ' ')}" : "")).Append("</td><td class=\"status-").Append(E(m.Status)).Append("\">")
                .Append(E(StatusWords(m.Status))).Append("</td><td>").Append(E(m.RuleId)).Append("</td></tr>\n");
        html.Append("</tbody>\n</table>\n");
    }

    private static void Chains(StringBuilder html, ChildExport export)
    {
        html.Append("<h2>Visits, reviews and supervisions due</h2>\n");
        if (export.Chains.Count == 0) { html.Append("<p>No visit, review, contact or supervision has fallen due for this child.</p>\n"); return; }
        html.Append("<table class=\"chains\">\n<thead><tr><th>Chain</th><th>Episode</th><th>Number</th><th>Due</th><th>Held</th><th>Status</th></tr></thead>\n<tbody>\n");
        foreach (var c in export.Chains)
            html.Append("<tr><td>").Append(E(c.Chain)).Append("</td><td>").Append(c.Episode).Append("</td><td>").Append(c.Ordinal).Append("</td><td>")
                .Append(E(c.DueDate is { } due ? Date(due) : "")).Append("</td><td>").Append(E(c.HeldAt is { } held ? Time(held) : ""))
                .Append("</td><td class=\"status-").Append(E(c.Status)).Append("\">").Append(E(StatusWords(c.Status))).Append("</td></tr>\n");
        html.Append("</tbody>\n</table>\n");
    }

    private const string HappenedField = "happened";

    /// <summary>
    /// An event's fields in words, when it happened first, then in the order it declares them. A
    /// correction's or withdrawal's copies of the step are left out: the step's own row shows them.
    /// </summary>
    private static List<(string Name, string Value)> Fields(object data)
    {
        var json = JsonSerializer.SerializeToElement(data, data.GetType(), ApiJson.Options);
        return json.EnumerateObject()
            .Where(p => p.Name is not ("$type" or "original" or "replacement" or "withdrawn"))
            .Select(p => (Name: p.Name == "occurredAt" ? HappenedField : StepWords.Field(p.Name), Value: Value(p.Value)))
            .Where(f => f.Value.Length > 0)
            .OrderBy(f => f.Name == HappenedField ? 0 : 1)
            .ToList();
    }

    private static List<(string Name, string Value)> Changed(List<(string Name, string Value)> recorded, List<(string Name, string Value)> now) =>
        now.Where(f => !recorded.Contains(f)).ToList();

    private static string FieldList(List<(string Name, string Value)> fields) =>
        fields.Count == 0 ? "" : "<ul class=\"fields\">" + string.Concat(fields.Select(f => $"<li>{E(f.Name)}: {E(f.Value)}</li>")) + "</ul>";

    private static string Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(Value)),
        JsonValueKind.Object => string.Join("; ", value.EnumerateObject().Select(p => $"{StepWords.Field(p.Name)}: {Value(p.Value)}")),
        JsonValueKind.String when value.GetString() is { Length: > 10 } text && text[10] == 'T'
                                  && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) => Time(instant),
        // Enum names read as words ("ReferralForAssessment": "Referral for assessment"); codes such as "2A" or "N1" stay as they are.
        JsonValueKind.String when EnumName().IsMatch(value.GetString()!) => StepWords.Name(value.GetString()!),
        JsonValueKind.String => value.GetString()!,
        _ => value.GetRawText(),
    };

    private static string StatusWords(string status) => status switch
    {
        "recorded" => "As recorded",
        "corrected" => "Corrected",
        "withdrawn" => "Withdrawn",
        "met" => "Met",
        "late" => "Late",
        "open-in-time" => "Open, in time",
        "open-overdue" => "Open, overdue",
        "no-rule" => "No rule in force",
        _ => status,
    };

    private static string Time(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, UkTime.Zone).ToString("ddd d MMM yyyy HH:mm", English);

    private static string Date(DateOnly date) => date.ToString("ddd d MMM yyyy", English);

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Z][a-z]+(?:[A-Z][a-z]+)+$")]
    private static partial System.Text.RegularExpressions.Regex EnumName();

    /// <summary>Every value from a request or the store goes through here.</summary>
    private static string E(string value) => HtmlEncoder.Default.Encode(value);
}
