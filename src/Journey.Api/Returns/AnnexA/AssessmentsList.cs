using Journey.Domain.Assessments;

namespace Journey.Api.Returns.AnnexA;

/// <summary>
/// List 4, assessments. Annex A: "Young people and children with assessments in previous six months". A row for each
/// assessment under way at some time in the lists' period: begun by its end and not authorised before it began.
/// Whether the child was seen is the completed assessment's; an assessment not yet completed has not said (c) Unknown).
/// Whether the child was assessed as needing children's social care support is read from the completed assessment's
/// outcome once authorised: a child in need plan, a strategy discussion or care is yes; no further action or early
/// help is no; another outcome is c) Unknown.
/// </summary>
public sealed class AssessmentsList : IAnnexAList
{
    public int Number => 4;
    public string Name => "assessments";

    public IReadOnlyList<AnnexAColumn> Columns { get; } = AnnexAColumns.ChildThen(
        [AnnexAColumns.Disability, AnnexAColumn.Date("Continuous Assessment Start Date"), new("Child Seen During Continuous Assessment"),
         AnnexAColumn.Date("Continuous Assessment Date of Authorisation"), new("Was the child assessed as requiring LA children's social care support?"),
         .. AnnexAColumns.Allocated]);

    public IEnumerable<AnnexARow> Rows(AnnexAChild child, AnnexAMissing missing)
    {
        foreach (var started in child.All<AssessmentStarted>())
        {
            var authorised = child.All<AssessmentAuthorised>().FirstOrDefault(a => a.AssessmentNumber == started.AssessmentNumber);
            var authorisedOn = authorised is null ? (DateOnly?)null : AnnexAChild.Day(authorised.OccurredAt);
            if (!child.Period.Overlaps(AnnexAChild.Day(started.OccurredAt), authorisedOn)) continue;
            var completed = child.All<AssessmentCompleted>().FirstOrDefault(a => a.AssessmentNumber == started.AssessmentNumber);
            yield return new AnnexARow(child.Id, [
                .. child.Common(missing), child.Disability(missing), AnnexAChild.Day(started.OccurredAt),
                completed is null ? AnnexACodes.Unknown : AnnexACodes.YesNo(completed.ChildSeen), authorisedOn,
                authorised is null || completed is null ? null : NeedsSupport(completed.Outcome),
                .. child.Allocation(),
            ]);
        }
    }

    private static string NeedsSupport(AssessmentOutcome outcome) => outcome switch
    {
        AssessmentOutcome.ChildInNeedPlan or AssessmentOutcome.StrategyDiscussion or AssessmentOutcome.LookedAfter => AnnexACodes.Yes,
        AssessmentOutcome.NoFurtherAction or AssessmentOutcome.EarlyHelp => AnnexACodes.No,
        _ => AnnexACodes.Unknown,
    };
}
