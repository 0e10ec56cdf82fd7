using Journey.Domain.LookedAfter;
using Journey.Domain.Permanence;

namespace Journey.Api.Returns.AnnexA;

/// <summary>
/// List 10, adoption. Annex A: "All those children who, in the 12 months before the inspection, have: been adopted, had
/// the decision that they should be placed for adoption but they have not yet been adopted, had an adoption decision
/// reversed during the 12 months." One row a child: the latest agency decision that the child should be placed for
/// adoption by the lists' end, when no adoption order followed by then or one followed in the 12 months, unless the
/// period of care ended without an order before the 12 months began. Journey does not record a reversed decision: a
/// period of care that ended in the 12 months without an adoption order is listed with the reversal noted as missing.
/// Fostering for adoption is the first placement of the period with a foster carer who is also an approved adopter (U2, U5).
/// </summary>
public sealed class AdoptionList : IAnnexAList
{
    public int Number => 10;
    public string Name => "adoption";

    public const string FamilyHeading = "Family identifier";
    public const string ReversedHeading = "Date of Decision that Child Should No Longer be Placed for Adoption";

    public IReadOnlyList<AnnexAColumn> Columns { get; } =
    [
        AnnexAColumns.Child[0], new(FamilyHeading), .. AnnexAColumns.Child.Skip(1), AnnexAColumns.Disability,
        AnnexAColumn.Date("Date the Child Entered Care"), AnnexAColumn.Date("Date of Decision that Child Should be Placed for Adoption"),
        AnnexAColumn.Date("Date of Placement Order"), AnnexAColumn.Date("Date of Matching Child and Prospective Adopters"),
        AnnexAColumn.Date("Date Placed for Adoption"), AnnexAColumn.Date("Date of Adoption Order"), AnnexAColumn.Date(ReversedHeading),
        new("Reason Why Child No Longer Placed for Adoption"),
        AnnexAColumn.Date("Date the child was placed for fostering in FFA or concurrent planning placement"),
    ];

    public IEnumerable<AnnexARow> Rows(AnnexAChild child, AnnexAMissing missing)
    {
        var decision = child.All<AdoptionStepTaken>().LastOrDefault(s => s.Step == AdoptionStep.DecisionMakerAgreed);
        if (decision is null || child.CareEpisodes.FirstOrDefault(c => c.Number == decision.CareEpisodeNumber) is not { } episode) yield break;
        var steps = child.All<AdoptionStepTaken>().Where(s => s.CareEpisodeNumber == episode.Number && s.OccurredAt >= decision.OccurredAt).ToArray();
        DateOnly? On(AdoptionStep step) => steps.FirstOrDefault(s => s.Step == step) is { } taken ? AnnexAChild.Day(taken.OccurredAt) : null;
        var order = On(AdoptionStep.AdoptionOrderMade);
        var from = child.Period.AdoptionFrom;
        if (order is { } adopted && adopted < from) yield break;
        var left = child.EndedBy(episode.LeftAt);
        if (order is null && left is { } ended)
        {
            if (ended < from) yield break;
            missing.Of(child, this, ReversedHeading, "The period of care ended without an adoption order; a reversed adoption decision and its reason are not recorded.");
        }
        var matched = On(AdoptionStep.Matched);
        if (matched is not null) missing.Of(child, this, FamilyHeading, "The adoptive family's identifier is not recorded.");
        var fostering = child.All<PlacementStarted>().FirstOrDefault(p => p.CareEpisodeNumber == episode.Number && AnnexACodes.IsFosteringForAdoption(p.PlacementType));
        var common = child.Common(missing);
        yield return new AnnexARow(child.Id, [
            common[0], null, .. common.Skip(1), child.Disability(missing), AnnexAChild.Day(episode.EnteredAt), AnnexAChild.Day(decision.OccurredAt),
            On(AdoptionStep.PlacementOrderMade), matched, On(AdoptionStep.Placed), order, null, null,
            fostering is null ? null : AnnexAChild.Day(fostering.OccurredAt),
        ]);
    }
}
