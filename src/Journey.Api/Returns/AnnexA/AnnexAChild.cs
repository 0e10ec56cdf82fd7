using Journey.Domain.Children;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Timescales;

namespace Journey.Api.Returns.AnnexA;

/// <summary>
/// One child's journey as Annex A reads it: the facts as they now stand (corrections applied, withdrawals left out)
/// that happened by the period's end, and the columns every list starts with (child id, gender, ethnicity, date of
/// birth, age) and most carry (disability, allocated team and worker), written once here. What happened after the
/// period's end has not happened as the lists stand: a plan ended later is open on them.
/// </summary>
public sealed class AnnexAChild
{
    public AnnexAChild(ChildJourney journey, AnnexAPeriod period)
    {
        Journey = journey;
        Period = period;
        var effective = journey.Facts.Where(f => f.IsEffective).Select(f => f.Event).ToArray();
        Facts = effective.Where(e => Day(e.OccurredAt) <= period.End).ToArray();
        // A child's details are who the child is, not a step in time: the latest recorded stands, whenever taken.
        Details = effective.OfType<ChildDetailsRecorded>().LastOrDefault();
    }

    public ChildJourney Journey { get; }
    public AnnexAPeriod Period { get; }
    public string Id => Journey.Id;

    /// <summary>The facts that happened by the period's end, in the order recorded.</summary>
    public IReadOnlyList<IJourneyEvent> Facts { get; }

    public ChildDetailsRecorded? Details { get; }

    public DateOnly? DateOfBirth => Details?.DateOfBirth;

    /// <summary>Whole years on the day the lists stand at, 29 February birthdays falling on 28 February (decision 36); null before birth or unknown.</summary>
    public int? Age => DateOfBirth is { } born ? AgeOn(born, Period.End) : null;

    public IEnumerable<T> All<T>() => Facts.OfType<T>();

    /// <summary>The UK day of an instant.</summary>
    public static DateOnly Day(DateTimeOffset instant) => UkTime.DateOf(instant);

    /// <summary>The day something ended, when it ended by the period's end; null while it is open as the lists stand.</summary>
    public DateOnly? EndedBy(DateTimeOffset? instant) => instant is { } at && Day(at) <= Period.End ? Day(at) : null;

    public static int? AgeOn(DateOnly born, DateOnly day) => ChildAge.On(born, day);

    /// <summary>
    /// Child Unique ID, Gender, Ethnicity, Date of Birth, Age of Child (Years): the columns every child list starts with.
    /// Without recorded details the template's own "not recorded" codes stand in (gender c, ethnicity NOBT) and the
    /// gap is noted; an unborn child has no date of birth or age, which is not a gap.
    /// </summary>
    public object?[] Common(AnnexAMissing missing)
    {
        if (Details is null)
        {
            missing.OfChild(this, AnnexAColumns.GenderHeading, "No gender is recorded (ChildDetailsRecorded); written as c) Not stated/recorded.");
            missing.OfChild(this, AnnexAColumns.EthnicityHeading, "No ethnicity is recorded (ChildDetailsRecorded); written as s) NOBT.");
            missing.OfChild(this, AnnexAColumns.DateOfBirthHeading, "No date of birth is recorded (ChildDetailsRecorded); left blank with the age.");
        }
        return [Id, AnnexACodes.Gender(Details?.Gender), AnnexACodes.Ethnicity(Details?.Ethnicity), DateOfBirth, Age];
    }

    /// <summary>
    /// "Does the Child have a Disability": from the recorded disabilities (CIN census codes, NONE alone when none:
    /// <see cref="ChildDetailsRecorded.Disabilities"/>), a) Yes or b) No; not recorded, the template's own c) Unknown
    /// stands, and the gap is noted.
    /// </summary>
    public string Disability(AnnexAMissing missing)
    {
        if (Details?.Disabilities is { Count: > 0 } disabilities) return AnnexACodes.YesNo(disabilities.Any(d => d != NoDisability));
        missing.OfChild(this, AnnexAColumns.DisabilityHeading, "Disabilities are not recorded (ChildDetailsRecorded.disabilities); written as c) Unknown.");
        return AnnexACodes.Unknown;
    }

    /// <summary>The CIN census's disability code for none (given alone).</summary>
    public const string NoDisability = "NONE";

    /// <summary>
    /// Allocated Team and Allocated Worker: the allocation in force on the day the lists stand at (the latest
    /// <see cref="CaseAllocated"/> by then); a child never allocated by then is written as Unallocated (decision 94).
    /// </summary>
    public object?[] Allocation()
    {
        var allocated = All<CaseAllocated>().LastOrDefault();
        return allocated is null ? [AnnexAColumns.Unallocated, AnnexAColumns.Unallocated] : [allocated.Team, allocated.Worker];
    }

    /// <summary>The child's periods of care begun by the period's end.</summary>
    public IEnumerable<CareEpisodeState> CareEpisodes => Journey.CareEpisodes.Where(c => Day(c.EnteredAt) <= Period.End);

    /// <summary>Each legal status a period of care held, from the day it began to the day the next began or the care ended (null: in force at the period's end).</summary>
    public IEnumerable<(int Episode, DateOnly From, DateOnly? To, string Status)> LegalStatuses()
    {
        foreach (var episode in CareEpisodes)
        {
            var changes = Facts.Select(e => e switch
                {
                    EnteredCare x when x.CareEpisodeNumber == episode.Number => (Day(x.OccurredAt), x.LegalStatus),
                    LegalStatusChanged x when x.CareEpisodeNumber == episode.Number => (Day(x.OccurredAt), x.LegalStatus),
                    _ => ((DateOnly, string)?)null,
                })
                .OfType<(DateOnly From, string Status)>().ToArray();
            for (var i = 0; i < changes.Length; i++)
                yield return (episode.Number, changes[i].From, i + 1 < changes.Length ? changes[i + 1].From : EndedBy(episode.LeftAt), changes[i].Status);
        }
    }

    /// <summary>The legal status of a period of care on a day within it.</summary>
    public (DateOnly From, string Status)? LegalStatusOn(int episode, DateOnly day) =>
        LegalStatuses().Where(s => s.Episode == episode && s.From <= day).Select(s => ((DateOnly, string)?)(s.From, s.Status)).LastOrDefault();

    /// <summary>
    /// Short breaks (SSDA903 legal status V3, V4: "an agreed series of short-term breaks") are not periods of being in
    /// care between the breaks, so Annex A's lists of children in care and care leavers leave them out (decision 94).
    /// </summary>
    public static bool IsShortBreaks(string legalStatus) => legalStatus is "V3" or "V4";

    /// <summary>The period of care open on a day, short breaks aside.</summary>
    public CareEpisodeState? LookedAfterOn(DateOnly day) => CareEpisodes.LastOrDefault(c =>
        Day(c.EnteredAt) <= day && (c.LeftAt is null || Day(c.LeftAt.Value) > day)
        && LegalStatusOn(c.Number, day) is { } status && !IsShortBreaks(status.Status));
}
