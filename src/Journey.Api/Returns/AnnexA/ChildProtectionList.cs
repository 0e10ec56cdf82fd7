using Journey.Domain.Proceedings;
using Journey.Domain.Protection;

namespace Journey.Api.Returns.AnnexA;

/// <summary>
/// List 7, child protection. Annex A: "All those who are the subject of a child protection plan at the point of
/// inspection. Include those who ceased to be the subject of a child protection plan in the six months before the
/// inspection." One row a child: the latest plan open as the lists stand or ended in their period (a plan started at a
/// conference or transferred in). The latest category is the plan's as the lists stand; the last statutory visit the
/// latest visit on the plan, and whether the child was seen alone on it; the previous plans every plan the child had
/// before this one. An emergency protection order or police protection in the last six months is an interim emergency
/// protection order made, or a period of care under legal status L1 (police protection) or L2 (emergency protection
/// order) in force, at some time in the six months to the lists' end.
/// </summary>
public sealed class ChildProtectionList : IAnnexAList
{
    public int Number => 7;
    public string Name => "child-protection";

    public IReadOnlyList<AnnexAColumn> Columns { get; } = AnnexAColumns.ChildThen(
        [AnnexAColumns.Disability, AnnexAColumn.Date("Child Protection Plan Start Date"), new("Initial Category of Abuse"), new("Latest Category of Abuse"),
         AnnexAColumn.Date("Date of the Last Statutory Visit"), new("Was the Child Seen Alone?"), AnnexAColumn.Date("Date of latest review conference"),
         AnnexAColumn.Date("Child Protection Plan End Date"),
         new("Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)"),
         AnnexAColumn.Integer("Number of Previous Child Protection Plans"), .. AnnexAColumns.Allocated]);

    public IEnumerable<AnnexARow> Rows(AnnexAChild child, AnnexAMissing missing)
    {
        var plans = child.Journey.Plans.Where(p => AnnexAChild.Day(p.StartedAt) <= child.Period.End).ToArray();
        var plan = plans.LastOrDefault(p => child.Period.Overlaps(AnnexAChild.Day(p.StartedAt), child.EndedBy(p.EndedAt)));
        if (plan is null) yield break;
        var initial = child.Facts.Select(e => e switch
        {
            ProtectionPlanStarted x when x.PlanNumber == plan.Number => x.Category,
            ProtectionPlanTransferredIn x when x.PlanNumber == plan.Number => x.Category,
            _ => null,
        }).OfType<string>().FirstOrDefault() ?? plan.Category;
        var latest = child.All<ProtectionCategoryChanged>().LastOrDefault(c => c.PlanNumber == plan.Number)?.Category ?? initial;
        var visit = child.All<ProtectionVisitMade>().LastOrDefault(v => v.PlanNumber == plan.Number);
        var review = child.All<ReviewConferenceHeld>().LastOrDefault(r => r.PlanNumber == plan.Number);
        yield return new AnnexARow(child.Id, [
            .. child.Common(missing), child.Disability(missing), AnnexAChild.Day(plan.StartedAt), AnnexACodes.AbuseCategory(initial), AnnexACodes.AbuseCategory(latest),
            visit is null ? null : AnnexAChild.Day(visit.OccurredAt), visit is null ? null : AnnexACodes.YesNo(visit.ChildSeenAlone),
            review is null ? null : AnnexAChild.Day(review.OccurredAt), child.EndedBy(plan.EndedAt),
            AnnexACodes.YesNo(EmergencyProtection(child)), plans.Count(p => p.StartedAt < plan.StartedAt),
            .. child.Allocation(),
        ]);
    }

    private static bool EmergencyProtection(AnnexAChild child)
    {
        var from = child.Period.LastSixMonthsFrom;
        var end = child.Period.End;
        return child.All<InterimOrderMade>().Any(o => o.Order == InterimOrder.EmergencyProtectionOrder && AnnexAChild.Day(o.OccurredAt) >= from)
               // A legal status is held from its first day to the day before the next began or the care ended.
               || child.LegalStatuses().Any(s => s.Status is "L1" or "L2" && s.From <= end && (s.From >= from || s.To is null || s.To > from));
    }
}
