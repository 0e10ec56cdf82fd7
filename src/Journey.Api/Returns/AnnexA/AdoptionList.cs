using Journey.Domain.Families;
using Journey.Domain.LookedAfter;
using Journey.Domain.Permanence;

namespace Journey.Api.Returns.AnnexA;

/// <summary>
/// List 10, adoption. Annex A: "All those children who, in the 12 months before the inspection, have: been adopted, had
/// the decision that they should be placed for adoption but they have not yet been adopted, had an adoption decision
/// reversed during the 12 months." One row a child: the latest agency decision that the child should be placed for
/// adoption by the lists' end, when no adoption order or reversal (<see cref="AdoptionDecisionReversed"/>) followed by
/// then, or one followed in the 12 months; the reversal's date and reason are its own. A period of care that ended in
/// the 12 months with neither an order nor a recorded reversal is listed with the reversal noted as missing.
/// Fostering for adoption is the first placement of the period recorded as one (<see cref="PlacementStarted.FosteringForAdoption"/>;
/// for placements recorded before it was asked, a foster carer who is also an approved adopter, U2, U5). The family
/// identifier is the family the child is linked to (<see cref="FamilyLinked"/>), which siblings share.
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
        var reversal = child.All<AdoptionDecisionReversed>().FirstOrDefault(r => r.CareEpisodeNumber == episode.Number && r.OccurredAt >= decision.OccurredAt);
        var reversed = reversal is null ? (DateOnly?)null : AnnexAChild.Day(reversal.OccurredAt);
        var from = child.Period.AdoptionFrom;
        if ((order ?? reversed) is { } settled && settled < from) yield break;
        var left = child.EndedBy(episode.LeftAt);
        if (order is null && reversal is null && left is { } ended)
        {
            if (ended < from) yield break;
            missing.Of(child, this, ReversedHeading, "The period of care ended without an adoption order, and no reversal of the adoption decision is recorded.");
        }
        var matched = On(AdoptionStep.Matched);
        var fostering = child.All<PlacementStarted>().FirstOrDefault(p => p.CareEpisodeNumber == episode.Number && (p.FosteringForAdoption ?? AnnexACodes.IsFosteringForAdoption(p.PlacementType)));
        var common = child.Common(missing);
        yield return new AnnexARow(child.Id, [
            common[0], FamilyOf(child), .. common.Skip(1), child.Disability(missing), AnnexAChild.Day(episode.EnteredAt), AnnexAChild.Day(decision.OccurredAt),
            On(AdoptionStep.PlacementOrderMade), matched, On(AdoptionStep.Placed), order, reversed, reversal is null ? null : AnnexACodes.ReasonNoLongerPlaced(reversal.Reason),
            fostering is null ? null : AnnexAChild.Day(fostering.OccurredAt),
        ]);
    }

    /// <summary>The family the child is linked to on the lists' last day, if any.</summary>
    private static string? FamilyOf(AnnexAChild child)
    {
        var linked = child.All<FamilyLinked>().LastOrDefault();
        return linked is not null && !child.All<FamilyUnlinked>().Any(u => u.FamilyId == linked.FamilyId && u.OccurredAt >= linked.OccurredAt) ? linked.FamilyId : null;
    }
}
