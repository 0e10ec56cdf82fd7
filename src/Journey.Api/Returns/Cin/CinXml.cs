using System.Globalization;
using System.Text;
using System.Xml;

namespace Journey.Api.Returns.Cin;

/// <summary>
/// The census's header (CIN census 2025 to 2026 specification, Header: CollectionDetails and Source): Collection CIN,
/// the Year the collection ends, its ReferenceDate (31 March, rule 100), SourceLevel L (a local authority), the
/// authority's LEA number, the software and release that made the file, its serial number and when it was made.
/// </summary>
public sealed record CinHeader(CollectionYear Year, string LaCode, string SoftwareCode, string Release, string SerialNo, DateTime MadeAt);

/// <summary>
/// Writes the CIN census XML with System.Xml, one child at a time: &lt;Message&gt; with no namespace holding
/// &lt;Header&gt; and &lt;Children&gt;, elements in the specification's order (as the validators' valid sample has
/// them), dates YYYY-MM-DD and flags true/false. An item the child's record does not hold is left out, never written
/// empty.
/// </summary>
public sealed class CinXml : IDisposable
{
    private readonly MemoryStream _buffer = new();
    private readonly XmlWriter _xml;

    public CinXml(CinHeader header)
    {
        _xml = XmlWriter.Create(_buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), Indent = true });
        _xml.WriteStartDocument();
        _xml.WriteStartElement("Message");
        _xml.WriteStartElement("Header");
        _xml.WriteStartElement("CollectionDetails");
        _xml.WriteElementString("Collection", "CIN");
        _xml.WriteElementString("Year", header.Year.EndYear.ToString(CultureInfo.InvariantCulture));
        Date("ReferenceDate", header.Year.End);
        _xml.WriteEndElement();
        _xml.WriteStartElement("Source");
        _xml.WriteElementString("SourceLevel", "L");
        _xml.WriteElementString("LEA", header.LaCode);
        _xml.WriteElementString("SoftwareCode", header.SoftwareCode);
        _xml.WriteElementString("Release", header.Release);
        _xml.WriteElementString("SerialNo", header.SerialNo);
        _xml.WriteElementString("DateTime", header.MadeAt.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteStartElement("Children");
    }

    public void Write(CinChild child)
    {
        _xml.WriteStartElement("Child");
        _xml.WriteStartElement("ChildIdentifiers");
        _xml.WriteElementString("LAchildID", child.LaChildId);
        Text("UPN", child.Identifiers.Upn);
        Text("FormerUPN", child.Identifiers.FormerUpn);
        Text("UPNunknown", child.Identifiers.UpnUnknown);
        Date("PersonBirthDate", child.Identifiers.BirthDate);
        Date("ExpectedPersonBirthDate", child.Identifiers.ExpectedBirthDate);
        Text("Sex", child.Identifiers.Sex);
        Date("PersonDeathDate", child.Identifiers.DeathDate);
        _xml.WriteEndElement();
        // ChildCharacteristics is written for every child (1..1 in the specification), empty when nothing is known:
        // the validator reads the child's disabilities from inside it.
        _xml.WriteStartElement("ChildCharacteristics");
        Text("Ethnicity", child.Characteristics.Ethnicity);
        Group("Disabilities", "Disability", child.Characteristics.Disabilities ?? []);
        _xml.WriteEndElement();
        foreach (var episode in child.Episodes) Write(episode);
        _xml.WriteEndElement();
    }

    private void Write(CinEpisode episode)
    {
        _xml.WriteStartElement("CINdetails");
        Date("CINreferralDate", episode.ReferralDate);
        _xml.WriteElementString("ReferralSource", episode.ReferralSource);
        Text("PrimaryNeedCode", episode.PrimaryNeed);
        Date("CINclosureDate", episode.ClosureDate);
        Text("ReasonForClosure", episode.ReasonForClosure);
        Date("DateOfInitialCPC", episode.DateOfInitialCpc);
        Flag("ReferralNFA", episode.ReferralNfa);
        foreach (var assessment in episode.Assessments)
        {
            _xml.WriteStartElement("Assessments");
            Date("AssessmentActualStartDate", assessment.StartDate);
            Date("AssessmentAuthorisationDate", assessment.AuthorisationDate);
            Group("FactorsIdentifiedAtAssessment", "AssessmentFactors", assessment.Factors);
            _xml.WriteEndElement();
        }
        foreach (var plan in episode.CinPlans)
        {
            _xml.WriteStartElement("CINPlanDates");
            Date("CINPlanStartDate", plan.StartDate);
            Date("CINPlanEndDate", plan.EndDate);
            _xml.WriteEndElement();
        }
        foreach (var enquiry in episode.Section47s)
        {
            _xml.WriteStartElement("Section47");
            Date("S47ActualStartDate", enquiry.StartDate);
            Date("InitialCPCtarget", enquiry.InitialCpcTarget);
            Date("DateOfInitialCPC", enquiry.DateOfInitialCpc);
            Flag("ICPCnotRequired", enquiry.IcpcNotRequired);
            _xml.WriteEndElement();
        }
        foreach (var plan in episode.ProtectionPlans) Write(plan);
        _xml.WriteEndElement();
    }

    private void Write(CinProtectionPlan plan)
    {
        _xml.WriteStartElement("ChildProtectionPlans");
        Date("CPPstartDate", plan.StartDate);
        Date("CPPendDate", plan.EndDate);
        _xml.WriteElementString("InitialCategoryOfAbuse", plan.InitialCategory);
        _xml.WriteElementString("LatestCategoryOfAbuse", plan.LatestCategory);
        _xml.WriteElementString("NumberOfPreviousCPP", plan.NumberOfPreviousPlans.ToString(CultureInfo.InvariantCulture));
        // One Reviews group holding every review date, as the specification has it (0..1 Reviews, 1..n CPPreviewDate).
        Group("Reviews", "CPPreviewDate", plan.ReviewDates.Select(Day).ToArray());
        _xml.WriteEndElement();
    }

    /// <summary>The finished file.</summary>
    public byte[] Finish()
    {
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteEndDocument();
        _xml.Flush();
        return _buffer.ToArray();
    }

    private void Date(string name, DateOnly? day)
    {
        if (day is { } d) _xml.WriteElementString(name, Day(d));
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A group of one repeated element (Disabilities, FactorsIdentifiedAtAssessment, Reviews), left out when it holds none.</summary>
    private void Group(string group, string element, IReadOnlyList<string> values)
    {
        if (values.Count == 0) return;
        _xml.WriteStartElement(group);
        foreach (var value in values) _xml.WriteElementString(element, value);
        _xml.WriteEndElement();
    }

    private void Text(string name, string? value)
    {
        if (value is not null) _xml.WriteElementString(name, value);
    }

    private void Flag(string name, bool value) => _xml.WriteElementString(name, value ? "true" : "false");

    public void Dispose()
    {
        _xml.Dispose();
        _buffer.Dispose();
    }
}
