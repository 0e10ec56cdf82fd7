using Journey.Domain.Assessments;
using Journey.Domain.ChildInNeed;
using Journey.Domain.Closure;
using Journey.Domain.FrontDoor;
using Journey.Domain.LookedAfter;
using Journey.Domain.Protection;

namespace Journey.Api.Returns.AnnexA;

/// <summary>
/// List 6, children in need. Annex A: "All those in receipt of services as a child in need at the point of inspection
/// or in the six months before the inspection. This list does not include care leavers or children who are only the
/// subject of a referral." One row a child: the latest case episode (from a referral to the case's closure, as the
/// CIN census counts them) under way at some time in the lists' period, unless its referral was no further action
/// (only the subject of a referral) or the child is a care leaver as the lists stand (List 9). The case status is as
/// the lists stand, or closed; an open case with no open plan or assessment is receiving services as a child in need
/// (c), decision 94). The child was last seen on the latest visit or section 47 contact that saw them within the episode.
/// </summary>
public sealed class ChildrenInNeedList : IAnnexAList
{
    public int Number => 6;
    public string Name => "children-in-need";

    public IReadOnlyList<AnnexAColumn> Columns { get; } = AnnexAColumns.ChildThen(
        [AnnexAColumns.Disability, AnnexAColumn.Date("CIN Start Date"), new("Primary Need Code"), AnnexAColumn.Date("Date Child Was Last Seen"),
         AnnexAColumn.Date("CIN Closure Date"), new("Reason for Closure"), new("Case Status"), .. AnnexAColumns.Allocated]);

    public IEnumerable<AnnexARow> Rows(AnnexAChild child, AnnexAMissing missing)
    {
        if (CareLeaversList.Category(child) is { InCare: false }) yield break;
        var closures = child.All<CaseClosed>().ToArray();
        var episode = child.All<ReferralAccepted>()
            .Select(r => (Referral: r, Start: AnnexAChild.Day(r.OccurredAt), Closure: closures.FirstOrDefault(c => c.OccurredAt >= r.OccurredAt)))
            .LastOrDefault(e => child.Period.Overlaps(e.Start, e.Closure is null ? null : AnnexAChild.Day(e.Closure.OccurredAt)));
        if (episode.Referral is null || episode.Referral.NoFurtherAction) yield break;
        var closed = episode.Closure is null ? (DateOnly?)null : AnnexAChild.Day(episode.Closure.OccurredAt);
        if (episode.Referral.PrimaryNeed is null)
            missing.Of(child, this, "Primary Need Code", "The referral's primary need is not recorded; written as N0 - Not stated.");
        yield return new AnnexARow(child.Id, [
            .. child.Common(missing), child.Disability(missing), episode.Start,
            episode.Referral.PrimaryNeed is { } need ? AnnexACodes.PrimaryNeed(need) : AnnexACodes.NeedNotStated,
            LastSeen(child, episode.Start), closed, episode.Closure is null ? null : AnnexACodes.ClosureReason(episode.Closure.Reason),
            closed is null ? Status(child) : "e) Closed episode",
            .. child.Allocation(),
        ]);
    }

    /// <summary>The day of the latest visit, section 47 contact or assessment that saw the child since <paramref name="since"/>.</summary>
    public static DateOnly? LastSeen(AnnexAChild child, DateOnly since) => child.Facts
        .Select(e => e switch
        {
            ChildInNeedVisitMade { ChildSeen: true } x => x.OccurredAt,
            ProtectionVisitMade { ChildSeen: true } x => x.OccurredAt,
            LookedAfterVisitMade { ChildSeen: true } x => x.OccurredAt,
            Section47ChildSeen x => x.OccurredAt,
            _ => (DateTimeOffset?)null,
        })
        .OfType<DateTimeOffset>().Select(AnnexAChild.Day).Where(d => d >= since).Order().Cast<DateOnly?>().LastOrDefault();

    /// <summary>The case's status as the lists stand: in care, then a protection plan, a child in need plan, an assessment under way.</summary>
    private static string Status(AnnexAChild child)
    {
        var end = child.Period.End;
        if (child.LookedAfterOn(end) is not null) return "a) Looked after child";
        if (child.Journey.Plans.Any(p => AnnexAChild.Day(p.StartedAt) <= end && child.EndedBy(p.EndedAt) is null)) return "b) Child Protection plan";
        if (child.Journey.ChildInNeedPlans.Any(p => AnnexAChild.Day(p.StartedAt) <= end && child.EndedBy(p.EndedAt) is null)) return "c) Child in need plan";
        if (child.All<AssessmentStarted>().Any(a => !child.All<AssessmentAuthorised>().Any(x => x.AssessmentNumber == a.AssessmentNumber))) return "d) Open assessment";
        return "c) Child in need plan";
    }
}
