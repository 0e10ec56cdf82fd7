using Journey.Domain.LeavingCare;

namespace Journey.Api.Returns.AnnexA;

/// <summary>What a young person is entitled to as a care leaver, as the lists stand, and whether they are still in care.</summary>
public sealed record CareLeaverStatus(string Category, bool InCare);

/// <summary>
/// List 9, care leavers. Annex A: "All those who have reached the threshold for receiving leaving care services at the
/// point of inspection (entitled children). Includes: Relevant children, Former relevant children, Qualifying care
/// leaver, Eligible children." One row for each young person aged 16 to 24 as the lists stand who was looked after
/// after their 16th birthday, by the Children Act 1989's categories (<see cref="Category"/>). In touch, accommodation,
/// its suitability and activity are the latest care leaver contact's; a young person still in care is in touch.
/// </summary>
public sealed class CareLeaversList : IAnnexAList
{
    public int Number => 9;
    public string Name => "care-leavers";

    public const string InTouchHeading = "LA in Touch";

    /// <summary>
    /// Care Planning, Placement and Case Review (England) Regulations 2010 reg 40(1): for an eligible child (Children Act
    /// 1989 Sch. 2 para 19B(2)) "the prescribed period is 13 weeks and the prescribed age is 14"; reg 40(2) leaves out a
    /// pre-planned series of short-term placements (short breaks).
    /// </summary>
    public const int EligibleDays = 13 * 7;
    public const int EligibleFromAge = 14;

    /// <summary>
    /// Leaving care support runs to 25: a personal adviser for a former relevant child to 25 (Children Act 1989 s.23CZB,
    /// added by the Children and Social Work Act 2017 s.3), and Journey records nobody older (RecordChildDetails.OldestAgeInYears).
    /// </summary>
    public const int SupportToAge = 25;

    public IReadOnlyList<AnnexAColumn> Columns { get; } = AnnexAColumns.ChildThen(
        [AnnexAColumns.Disability, .. AnnexAColumns.Allocated, new("Eligibility Category"), new(InTouchHeading), new("Type of Accommodation"),
         new("Suitability of Accommodation"), new("Activity Status")]);

    public IEnumerable<AnnexARow> Rows(AnnexAChild child, AnnexAMissing missing)
    {
        if (Category(child) is not { } status) yield break;
        var contact = child.All<CareLeaverContactMade>().LastOrDefault();
        if (!status.InCare && contact is null) missing.Of(child, this, InTouchHeading, "No care leaver contact is recorded, so whether the authority is in touch is not known.");
        yield return new AnnexARow(child.Id, [
            .. child.Common(missing), child.Disability(missing), .. child.Allocation(), status.Category,
            status.InCare ? AnnexACodes.Yes : contact is null ? null : AnnexACodes.InTouch(contact.InTouch),
            contact?.Accommodation is { } accommodation ? AnnexACodes.Accommodation(accommodation) : null,
            contact?.AccommodationSuitable is { } suitable ? AnnexACodes.Suitability(suitable) : null,
            contact?.Activity is { } activity ? AnnexACodes.Activity(activity) : null,
        ]);
    }

    /// <summary>
    /// The young person's category as the lists stand, or null when not a care leaver: aged 16 to 24 and looked after at
    /// some time after their 16th birthday (short breaks aside). Looked after for 13 weeks in all since 14 (Sch. 2 para
    /// 19B): still in care and under 18, an eligible child; out of care and under 18, a relevant child (s.23A); 18 or over,
    /// a former relevant child (s.23C). Looked after after 16 without those 13 weeks, a qualifying care leaver (s.24).
    /// </summary>
    public static CareLeaverStatus? Category(AnnexAChild child)
    {
        if (child.DateOfBirth is not { } born || child.Age is not { } age || age < 16 || age >= SupportToAge) return null;
        var end = child.Period.End;
        var sixteen = born.AddYears(16);
        var fourteen = born.AddYears(EligibleFromAge);
        var days = 0;
        var afterSixteen = false;
        foreach (var episode in child.CareEpisodes)
        {
            var entered = AnnexAChild.Day(episode.EnteredAt);
            if (child.LegalStatusOn(episode.Number, entered) is not { } status || AnnexAChild.IsShortBreaks(status.Status)) continue;
            var left = child.EndedBy(episode.LeftAt) ?? end;
            if (left > sixteen) afterSixteen = true;
            var from = entered > fourteen ? entered : fourteen;
            if (left > from) days += left.DayNumber - from.DayNumber;
        }
        if (!afterSixteen) return null;
        var eligible = days >= EligibleDays;
        var inCare = child.LookedAfterOn(end) is not null;
        return (inCare, eligible, age < 18) switch
        {
            (true, true, true) => new CareLeaverStatus("d) Eligible child", true),
            (true, _, _) => null,
            (false, true, true) => new CareLeaverStatus("a) Relevant child", false),
            (false, true, false) => new CareLeaverStatus("b) Former relevant child", false),
            (false, false, _) => new CareLeaverStatus("c) Qualifying care leaver", false),
        };
    }
}
