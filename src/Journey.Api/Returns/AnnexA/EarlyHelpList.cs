using Journey.Domain.EarlyHelp;

namespace Journey.Api.Returns.AnnexA;

/// <summary>
/// List 2, early help. Annex A: "All early help assessments in the six months before the date of inspection. Also,
/// current early help interventions that are being coordinated through the local authority." A row for each early
/// help episode begun in the lists' period or open at its end. Journey records early help as begun with an
/// assessment and a lead professional (<see cref="EarlyHelpStarted"/>) and the assessment as done when the plan is
/// agreed (<see cref="EarlyHelpPlanAgreed"/>). The organisation completing it is the one recorded at the start
/// (<see cref="EarlyHelpStarted.Organisation"/>); for early help recorded before it was asked, the lead professional stands.
/// </summary>
public sealed class EarlyHelpList : IAnnexAList
{
    public int Number => 2;
    public string Name => "early-help";

    public IReadOnlyList<AnnexAColumn> Columns { get; } = AnnexAColumns.ChildThen(
        AnnexAColumn.Date("Assessment start date"), AnnexAColumn.Date("Assessment completion date"), new("Organisation completing assessment"));

    public IEnumerable<AnnexARow> Rows(AnnexAChild child, AnnexAMissing missing)
    {
        foreach (var started in child.All<EarlyHelpStarted>())
        {
            var from = AnnexAChild.Day(started.OccurredAt);
            var closed = child.All<EarlyHelpClosed>().FirstOrDefault(c => c.EarlyHelpNumber == started.EarlyHelpNumber);
            var open = closed is null;
            if (!child.Period.InLists(from) && !open) continue;
            var planned = child.All<EarlyHelpPlanAgreed>().FirstOrDefault(p => p.EarlyHelpNumber == started.EarlyHelpNumber);
            yield return new AnnexARow(child.Id, [.. child.Common(missing), from, planned is null ? null : AnnexAChild.Day(planned.OccurredAt), started.Organisation ?? started.LeadProfessional]);
        }
    }
}
