using System.Reflection;
using Journey.Domain.Calendars;
using Journey.Domain.Journeys;
using Journey.Domain.Timescales;

namespace Journey.Api.Returns.Cin;

/// <summary>
/// The CIN census (DfE, "Children in need census 2025 to 2026: business and technical specification"): one XML file
/// for a collection year, every child with an episode of need open in it (<see cref="CinEpisodes"/>), each mapped from
/// the journey by <see cref="CinChildren"/> and written by <see cref="CinXml"/> as it is read. Decisions 84 and 85.
/// </summary>
public sealed class CinCensusReturn(AuthorityOptions authority, TimeProvider clock) : IStatutoryReturn
{
    public const string ReturnName = "cin";
    public const string FileName = "cin-census.xml";
    public const string SoftwareCode = "Journey";

    /// <summary>
    /// The years the 2025 to 2026 specification describes: 2024/25 brought Sex (M, F, U) in place of GenderCurrent
    /// and 2025/26 changed no rule (the validators' cin2025_26 rules are cin2024_25's); 2026/27 adds a pre-proceedings
    /// group this return does not write yet.
    /// </summary>
    public static readonly IReadOnlyList<int> Years = [2025, 2026];

    /// <summary>The file's serial number: one file a year is produced here, and a resubmission is this file made again (decision 85).</summary>
    public const string SerialNo = "001";

    /// <summary>The working days InitialCPCtarget counts: the calendar every measure counts by (bank holidays of England and Wales).</summary>
    public static WorkingDayCalendar Calendar => WorkingDayCalendar.EnglandAndWales;

    public string Name => ReturnName;
    public string Title => "CIN census";
    public IReadOnlyList<string> FileNames { get; } = [FileName];

    public IEnumerable<RuleViolation> Refuse(ReturnParameters parameters)
    {
        if (!Years.Contains(parameters.Year.EndYear))
            yield return new RuleViolation("year", "collection-year",
                $"The CIN census is written to the 2025 to 2026 specification, which covers the collection years {string.Join(" and ", Years)} " +
                $"({string.Join(", ", Years.Select(y => new CollectionYear(y).Label))}).");
        if (authority.LaCode is null)
            yield return new RuleViolation(AuthorityOptions.LaCodeSetting, "setting-required",
                $"The census names the authority by its DfE LA number, and {AuthorityOptions.LaCodeSetting} is not set: an operator sets it (docs/operations.md).");
    }

    public async Task<ReturnBuild> Build(ReturnParameters parameters, IAsyncEnumerable<ChildJourney> journeys, CancellationToken cancellation)
    {
        var madeAt = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), UkTime.Zone).DateTime;
        using var xml = new CinXml(new CinHeader(parameters.Year, authority.LaCode!, SoftwareCode, Release, SerialNo, madeAt));
        var children = new List<string>();
        var censusIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var missing = new List<MissingItem>();
        await foreach (var journey in journeys.WithCancellation(cancellation))
        {
            var mapped = CinChildren.Map(journey, parameters.Year, Calendar);
            missing.AddRange(mapped.Missing);
            if (mapped.Child is not { } child) continue;
            if (!censusIds.Add(child.LaChildId))
            {
                // Two ids that differ only in '-' and '_' would be one child to the census (decision 95): the later is
                // written as recorded, which the census refuses (rule 1580), and said to be missing.
                missing.Add(new MissingItem(child.ChildId, FileName, "LAchildID",
                    "Another child's id has the same letters and digits, so the census would take the two for one child; it is written as recorded (rule 1580)."));
                child = child with { LaChildId = child.ChildId };
            }
            xml.Write(child);
            children.Add(child.ChildId);
        }
        return ReturnBuild.Of([new ReturnFile(FileName, "application/xml", xml.Finish(), children)], missing);
    }

    /// <summary>The service's version, as its assembly declares it (without the source revision the build appends).</summary>
    public static string Release { get; } =
        (typeof(CinCensusReturn).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "1.0.0").Split('+')[0];
}
