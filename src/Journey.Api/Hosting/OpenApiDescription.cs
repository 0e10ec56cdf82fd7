using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Journey.Api.Hosting;

/// <summary>
/// The OpenAPI document's title, introduction and a sentence for each tag, so the API reference (/docs) opens by saying
/// what the service is and what each group of endpoints is for. Written here, not derived: they are words for a reader.
/// </summary>
public static class OpenApiDescription
{
    public const string Title = "Journey: a child's journey through children's social care";

    public const string Introduction =
        "Journey records each step of a child's journey through English children's social care (contact, front-door " +
        "decision, referral, assessment, strategy discussion and section 47 enquiry, conferences and plans, pre-proceedings " +
        "and proceedings, care, placements, permanence and leaving care) as events in one stream per child, and derives " +
        "from them the timeliness measures inspectors judge, the statutory returns and the lists managers work from. " +
        "Every call needs a bearer token whose roles and teams say what the caller may do and which children they may read; " +
        "every read of a child is logged. Bad input is answered with an RFC 7807 problem naming the field and the rule, and " +
        "nothing is stored. The project's docs (docs/api.md) say what each endpoint does and why.";

    /// <summary>A sentence for each tag the endpoints carry (OpenApiDocumentTests checks that every tag has one).</summary>
    public static readonly IReadOnlyDictionary<string, string> Tags = new Dictionary<string, string>
    {
        ["Access log"] = "Who has read which child's record, and when: every read of a child is logged as exactly that child.",
        ["Allocation"] = "Allocating a child's case to a team and a worker.",
        ["Assessments"] = "Child and family assessments: started, completed with the factors found, authorised.",
        ["Care proceedings"] = "Care proceedings from issue to final order, with hearings, interim orders and extensions.",
        ["Child"] = "The child's details: date of birth, sex, ethnicity and what the statutory returns need.",
        ["Child in need"] = "Child in need plans, their visits, reviews and end.",
        ["Child protection"] = "Strategy discussions, section 47 enquiries, conferences and protection plans with their visits, core groups, categories and transfers.",
        ["Closure"] = "Closing a child's case, with the CIN census reason.",
        ["Corrections"] = "Correcting or withdrawing a recorded step, with a reason; nothing is ever deleted.",
        ["Early help"] = "Early help: its start, plans, reviews, step-up and step-down decisions and closure.",
        ["Families"] = "Linking children into families, and reading a family's children together.",
        ["Front door"] = "Contacts and the MASH's decisions on them, and challenges to those decisions.",
        ["Import"] = "Loading history from another system as NDJSON lines, through the same rules, with a report by line.",
        ["KPI pack"] = "The monthly key performance indicators, as figures, CSV and a printable pack.",
        ["Leaving care"] = "Personal advisers, pathway plans, needs assessments and keeping in touch with care leavers.",
        ["Looked after"] = "Care: entering and leaving, legal statuses, placements, reviews, visits, health and the returns' items.",
        ["Measures"] = "Timeliness measures and chains, one row per child, measure and episode, with the rule applied.",
        ["Missing"] = "Missing episodes, returns and return interviews.",
        ["Operations"] = "The projections' state and their rebuild, for those who run the service.",
        ["Permanence"] = "Permanence plans, adoption steps and reversed adoption decisions.",
        ["Pre-proceedings"] = "The Public Law Outline's pre-proceedings: letters, meetings, family group conferences, assessments.",
        ["Records"] = "Finalising a visit, plan, review or assessment's write-up.",
        ["Retention"] = "Which records are due for disposal under the retention schedule, and disposing of them.",
        ["Safeguarding"] = "Private fostering, exploitation risks, homeless 16 and 17 year olds and transitions to adult services.",
        ["Statutory returns"] = "The CIN census, the SSDA903 return, Ofsted's Annex A and the return-readiness list.",
        ["Timeline"] = "A child's journey as it stood on any date, with who recorded what and when; its exports and the subject access bundle.",
        ["Verification"] = "Checking that the stored events are whole and unaltered.",
    };

    public static OpenApiOptions Describe(this OpenApiOptions options) =>
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = Title;
            document.Info.Description = Introduction;
            document.Tags = Tags.Select(t => new OpenApiTag { Name = t.Key, Description = t.Value }).ToHashSet();
            return Task.CompletedTask;
        });
}
