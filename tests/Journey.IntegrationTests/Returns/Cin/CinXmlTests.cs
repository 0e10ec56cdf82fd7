using System.Text;
using System.Xml.Linq;
using Journey.Api.Returns;
using Journey.Api.Returns.Cin;
using static Journey.IntegrationTests.Returns.Cin.CinJourneys;

namespace Journey.IntegrationTests.Returns.Cin;

/// <summary>
/// The census file's structure: &lt;Message&gt; with no namespace, its &lt;Header&gt; and &lt;Children&gt;, every group's
/// elements in the specification's order (as the validators' valid sample, samples/cin/valid-2025-26.xml, and their
/// README's "Input formats" have them), dates YYYY-MM-DD, flags true/false, and nothing written empty.
/// </summary>
public sealed class CinXmlTests
{
    private static readonly CinChild Everything = new("C1001",
        new CinIdentifiers(Day("2015-02-01"), null, "F", "G201202500002", "T201202500001", null, Day("2026-03-25")), new CinCharacteristics("WBRI", ["HAND", "HEAR"]),
        [
            new CinEpisode(Day("2025-05-01"), "2A", "N1", Day("2026-03-20"), "RC7", Day("2025-07-07"), false,
                [new CinAssessment(Day("2025-05-02"), Day("2025-06-02"), ["2B", "16A"]), new CinAssessment(Day("2026-03-02"), null, [])],
                [new CinPlanDates(Day("2025-06-03"), Day("2025-07-01"))],
                [new CinSection47(Day("2025-06-05"), Day("2025-06-26"), null, IcpcNotRequired: true)],
                [new CinProtectionPlan(Day("2025-07-07"), Day("2026-03-02"), "NEG", "EMO", 1, [Day("2025-10-06"), Day("2026-03-02")])]),
        ]);

    private static XElement Message(params CinChild[] children)
    {
        using var xml = new CinXml(new CinHeader(new CollectionYear(2026), "333", "Journey", "1.2.3", "001", new DateTime(2026, 4, 10, 9, 5, 0)));
        foreach (var child in children) xml.Write(child);
        var bytes = xml.Finish();
        Encoding.UTF8.GetString(bytes).ShouldStartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        return XDocument.Parse(Encoding.UTF8.GetString(bytes)).Root!;
    }

    private static string[] Names(XElement element) => element.Elements().Select(e => e.Name.LocalName).ToArray();

    [Fact]
    public void The_header_names_the_collection_its_year_and_reference_date_and_the_authority()
    {
        var message = Message();

        message.Name.ShouldBe(XName.Get("Message"));
        Names(message).ShouldBe(["Header", "Children"]);
        var details = message.Element("Header")!.Element("CollectionDetails")!;
        Names(details).ShouldBe(["Collection", "Year", "ReferenceDate"]);
        details.Elements().Select(e => e.Value).ShouldBe(["CIN", "2026", "2026-03-31"]);
        var source = message.Element("Header")!.Element("Source")!;
        Names(source).ShouldBe(["SourceLevel", "LEA", "SoftwareCode", "Release", "SerialNo", "DateTime"]);
        source.Elements().Select(e => e.Value).ShouldBe(["L", "333", "Journey", "1.2.3", "001", "2026-04-10T09:05:00"]);
        message.Element("Children")!.HasElements.ShouldBeFalse();
    }

    [Fact]
    public void Every_group_holds_its_elements_in_the_specifications_order()
    {
        var child = Message(Everything).Element("Children")!.Element("Child")!;

        Names(child).ShouldBe(["ChildIdentifiers", "ChildCharacteristics", "CINdetails"]);
        Names(child.Element("ChildIdentifiers")!).ShouldBe(["LAchildID", "UPN", "FormerUPN", "PersonBirthDate", "Sex", "PersonDeathDate"]);
        Names(child.Element("ChildCharacteristics")!).ShouldBe(["Ethnicity", "Disabilities"]);
        child.Element("ChildCharacteristics")!.Element("Disabilities")!.Elements("Disability").Select(d => d.Value).ShouldBe(["HAND", "HEAR"]);
        var episode = child.Element("CINdetails")!;
        Names(episode).ShouldBe(["CINreferralDate", "ReferralSource", "PrimaryNeedCode", "CINclosureDate", "ReasonForClosure", "DateOfInitialCPC",
            "ReferralNFA", "Assessments", "Assessments", "CINPlanDates", "Section47", "ChildProtectionPlans"]);
        Names(episode.Element("Assessments")!).ShouldBe(["AssessmentActualStartDate", "AssessmentAuthorisationDate", "FactorsIdentifiedAtAssessment"]);
        episode.Element("Assessments")!.Element("FactorsIdentifiedAtAssessment")!.Elements("AssessmentFactors").Select(f => f.Value).ShouldBe(["2B", "16A"]);
        Names(episode.Element("CINPlanDates")!).ShouldBe(["CINPlanStartDate", "CINPlanEndDate"]);
        Names(episode.Element("Section47")!).ShouldBe(["S47ActualStartDate", "InitialCPCtarget", "ICPCnotRequired"]);
        var plan = episode.Element("ChildProtectionPlans")!;
        Names(plan).ShouldBe(["CPPstartDate", "CPPendDate", "InitialCategoryOfAbuse", "LatestCategoryOfAbuse", "NumberOfPreviousCPP", "Reviews"]);
        // One Reviews group with every date (the specification's 0..1 Reviews of 1..n CPPreviewDate).
        plan.Element("Reviews")!.Elements("CPPreviewDate").Select(r => r.Value).ShouldBe(["2025-10-06", "2026-03-02"]);
    }

    [Fact]
    public void Dates_are_YYYY_MM_DD_flags_true_or_false_and_what_is_not_held_is_left_out()
    {
        var child = Message(Everything).Element("Children")!.Element("Child")!;
        var episode = child.Element("CINdetails")!;
        var unknown = Message(new CinChild("C2", new CinIdentifiers(null, Day("2026-05-01"), "U", UpnUnknown: "UN1"), new CinCharacteristics(null),
            [new CinEpisode(Day("2026-03-02"), "1A", null, null, null, null, true, [], [], [], [])])).Element("Children")!.Element("Child")!;

        child.Element("ChildIdentifiers")!.Element("PersonBirthDate")!.Value.ShouldBe("2015-02-01");
        episode.Element("CINreferralDate")!.Value.ShouldBe("2025-05-01");
        episode.Element("ReferralNFA")!.Value.ShouldBe("false");
        episode.Element("Section47")!.Element("ICPCnotRequired")!.Value.ShouldBe("true");
        episode.Elements("Assessments").Last().Elements().Select(e => e.Name.LocalName).ShouldBe(["AssessmentActualStartDate"]);
        Names(unknown.Element("ChildIdentifiers")!).ShouldBe(["LAchildID", "UPNunknown", "ExpectedPersonBirthDate", "Sex"]);
        // The group stands empty (1..1 in the specification; the validator reads disabilities from inside it).
        unknown.Element("ChildCharacteristics")!.HasElements.ShouldBeFalse();
        Names(unknown.Element("CINdetails")!).ShouldBe(["CINreferralDate", "ReferralSource", "ReferralNFA"]);
        unknown.Element("CINdetails")!.Element("ReferralNFA")!.Value.ShouldBe("true");
        unknown.Descendants().Where(e => e.Name != "ChildCharacteristics").ShouldAllBe(e => e.HasElements || e.Value.Length > 0);
    }
}
