using Journey.Api.Hosting;
using Journey.Domain.Children;
using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Ssda903;
using Journey.Domain.Timescales;

namespace Journey.Api.Returns.Ssda903;

/// <summary>
/// One child as the SSDA903 return reads them: the effective facts of their journey in stream order (corrections
/// applied, withdrawals left out), their episodes (derived in the domain, decision 86) and those of the collection year.
/// </summary>
public sealed class Ssda903Child
{
    public Ssda903Child(ChildJourney journey, CollectionYear year)
    {
        Journey = journey;
        Year = year;
        Facts = journey.Facts.Where(f => f.IsEffective).Select(f => f.Event).ToArray();
        AllEpisodes = Ssda903Episodes.Derive(Facts);
        Episodes = Ssda903Episodes.InYear(AllEpisodes, year.Start, year.End);
        Details = Facts.OfType<ChildDetailsRecorded>().LastOrDefault();
    }

    public ChildJourney Journey { get; }
    public CollectionYear Year { get; }
    public IReadOnlyList<IJourneyEvent> Facts { get; }
    public IReadOnlyList<Ssda903Episode> AllEpisodes { get; }

    /// <summary>The year's episodes: a child with any was looked after during the year.</summary>
    public IReadOnlyList<Ssda903Episode> Episodes { get; }

    /// <summary>The child's details as last recorded (sex, ethnicity); the date of birth is the journey's.</summary>
    public ChildDetailsRecorded? Details { get; }

    public string Id => Journey.Id;
    public DateOnly? DateOfBirth => Journey.DateOfBirth;
    public CsvCell Dob => Ssda903Files.Date(DateOfBirth);
    public bool LookedAfterInYear => Episodes.Count > 0;

    /// <summary>Facts of this kind that happened on a day of the collection year.</summary>
    public IEnumerable<T> InYear<T>() where T : IJourneyEvent => Facts.OfType<T>().Where(f => Year.Contains(UkTime.DateOf(f.OccurredAt)));

    /// <summary>The child's age in whole years on a day (null without a date of birth).</summary>
    public int? AgeOn(DateOnly day) => DateOfBirth is { } born ? ChildAge.On(born, day) : null;

    /// <summary>Looked after during the year under any legal status other than short-term breaks (V3, V4).</summary>
    public bool LookedAfterOtherThanShortBreaks => Episodes.Any(e => !Ssda903Codes.IsShortBreaks(e.LegalStatus));

    /// <summary>A period of care of the child's ended on or after the day (they were looked after on it).</summary>
    public bool LeftCareOnOrAfter(DateOnly day) => AllEpisodes.Any(e => e.EndsThePeriodOfCare && e.End >= day);

    /// <summary>Every period of care that began as an unaccompanied asylum-seeking child, by the year's end.</summary>
    public bool EverUasc => Facts.OfType<EnteredCare>().Any(e => e.Uasc && UkTime.DateOf(e.OccurredAt) <= Year.End);
}
