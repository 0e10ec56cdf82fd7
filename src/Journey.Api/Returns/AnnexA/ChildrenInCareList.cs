using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Missing;
using Journey.Domain.Permanence;

namespace Journey.Api.Returns.AnnexA;

/// <summary>
/// List 8, children in care. Annex A: "All children in care at the point of inspection. Include all those children who
/// ceased to be looked after in the six months before the inspection." One row a child: the latest period of care open
/// as the lists stand or ended in their period, unless it is short breaks (V3, V4). Each column, and what the journey
/// does not yet record, is in docs/returns.md; decision 94 gives the readings of "in the last 12 months".
/// </summary>
public sealed class ChildrenInCareList : IAnnexAList
{
    public int Number => 8;
    public string Name => "children-in-care";

    public const string CategoryOfNeed = "Child's Category of Need";
    public const string Provider = "Placement Provider";
    public const string Postcode = "Placement postcode";
    public const string Urn = "URN of Placement";
    public const string PlacingAuthority = "LA of Placement";
    public const string Absent = "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months";
    /// <summary>The SSDA903's URN for a placement that has none (PR0, PR1 and unregistered provision): a blank in Annex A.</summary>
    public const string NoUrn = "XXXXXXX";

    public const string IroContact = "Date of Last IRO Visit / Contact to the Child";

    public IReadOnlyList<AnnexAColumn> Columns { get; } = AnnexAColumns.ChildThen(
        new("Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)"), AnnexAColumns.Disability,
        AnnexAColumn.Date("Date Started to be Looked After"), new(CategoryOfNeed),
        new("Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)"),
        AnnexAColumn.Date("Start date of current legal status"), new("Child's Legal Status"), AnnexAColumn.Date("Date of Latest Statutory Review"),
        AnnexAColumn.Date("Date of Last Social Work Visit"), new("What is the permanence plan for this child?"), AnnexAColumn.Date(IroContact),
        AnnexAColumn.Date("Date of Last Health Assessment"), AnnexAColumn.Date("Date of Last Dental Check"),
        AnnexAColumn.Integer("Number of Placements in the Last 12 months"), AnnexAColumn.Date("Date Ceased to be Looked After"),
        new("Reason Ceased to be Looked After"), AnnexAColumn.Date("Start Date of Most Recent Placement"), new("Placement Type"), new(Provider),
        new(Postcode), new(Urn), new("Placement Location"), new(PlacingAuthority),
        AnnexAColumn.Integer("Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months"), AnnexAColumn.Integer(Absent),
        new("Was the child offered a Return Interview after their last missing episode (Y/N)?"),
        new("Did the child accept a Return Interview after their last missing episode (Y/N)?"),
        AnnexAColumns.Allocated[0], AnnexAColumns.Allocated[1]);

    public IEnumerable<AnnexARow> Rows(AnnexAChild child, AnnexAMissing missing)
    {
        var period = child.Period;
        var episode = child.CareEpisodes.LastOrDefault(c => period.Overlaps(AnnexAChild.Day(c.EnteredAt), child.EndedBy(c.LeftAt)));
        if (episode is null) yield break;
        var left = child.EndedBy(episode.LeftAt);
        var status = child.LegalStatusOn(episode.Number, left ?? period.End);
        if (status is null || AnnexAChild.IsShortBreaks(status.Value.Status)) yield break;

        var entered = AnnexAChild.Day(episode.EnteredAt);
        var placement = child.All<PlacementStarted>().LastOrDefault(p => p.CareEpisodeNumber == episode.Number);
        var leaving = child.All<LeftCare>().LastOrDefault(l => l.CareEpisodeNumber == episode.Number);
        var entry = child.All<EnteredCare>().LastOrDefault(e => e.CareEpisodeNumber == episode.Number);
        // The category of need recorded on entering care; for care recorded before it was asked, the primary need at the referral before it.
        var need = entry?.CategoryOfNeed ?? child.All<ReferralAccepted>().LastOrDefault(r => r.OccurredAt <= episode.EnteredAt && r.PrimaryNeed is not null)?.PrimaryNeed;
        var lastMissing = child.All<MissingEpisodeStarted>().LastOrDefault();
        // UASC and an earlier period of care count when the period of care was open at some time in the last 12 months.
        // A UASC's status ends with UascStatusCeased (at 18, or leave to remain): no longer UASC from then.
        var uasc = child.All<EnteredCare>().Where(e => e.Uasc).Select(e => e.CareEpisodeNumber).ToHashSet();
        var uascCeased = child.All<UascStatusCeased>().Select(u => (DateOnly?)AnnexAChild.Day(u.OccurredAt)).LastOrDefault();
        bool InLastTwelveMonths(CareEpisodeState c) => (child.EndedBy(c.LeftAt) ?? period.End) >= period.LastTwelveMonthsFrom;

        if (need is null) missing.Of(child, this, CategoryOfNeed, "No category of need is recorded for the period of care (nor a primary need at a referral before it); written as N0 - Not stated.");
        if (placement is null) missing.Of(child, this, "Start Date of Most Recent Placement", "No placement is recorded for the period of care.");
        else
        {
            if (placement.PlacementProvider is null) missing.Of(child, this, Provider, "The placement provider's SSDA903 code (PR0..PR5) is not recorded (PlacementStarted.placementProvider).");
            if (placement.Postcode is null) missing.Of(child, this, Postcode, "The placement's postcode is not recorded (PlacementStarted.postcode).");
            else if (PlacementAuthority.Of(placement.Postcode) is null)
                missing.Of(child, this, PlacingAuthority, "The placement's postcode is not in the postcode reference, so its local authority is not known.");
            if (placement.Urn is null) missing.Of(child, this, Urn, "The placement's Ofsted URN is not recorded (PlacementStarted.urn).");
        }
        var twelveMonths = child.All<MissingEpisodeStarted>().Where(m => AnnexAChild.Day(m.OccurredAt) >= period.LastTwelveMonthsFrom).ToArray();
        if (twelveMonths.Any(m => m.MissingOrAway is null))
            missing.Of(child, this, Absent, "A missing episode is recorded without telling missing from absent (MissingEpisodeStarted.missingOrAway); counted as missing.");

        yield return new AnnexARow(child.Id, [
            .. child.Common(missing),
            AnnexACodes.YesNo(child.CareEpisodes.Any(c => uasc.Contains(c.Number) && InLastTwelveMonths(c)) && !(uascCeased < period.LastTwelveMonthsFrom)),
            child.Disability(missing), entered, need is null ? AnnexACodes.NeedNotStated : AnnexACodes.PrimaryNeed(need),
            AnnexACodes.YesNo(child.CareEpisodes.Any(c => c.Number < episode.Number && InLastTwelveMonths(c))),
            status.Value.From, AnnexACodes.LegalStatus(status.Value.Status),
            LastDay(child.All<LookedAfterReviewHeld>().Where(r => r.CareEpisodeNumber == episode.Number)),
            LastDay(child.All<LookedAfterVisitMade>().Where(v => v.CareEpisodeNumber == episode.Number)),
            Permanence(child.All<PermanencePlanMade>().LastOrDefault(p => p.CareEpisodeNumber == episode.Number)),
            // The independent reviewing officer speaks with the child before each review they chair (Care Planning, Placement and
            // Case Review (England) Regulations 2010 reg 36): the latest review is the IRO's latest contact.
            LastDay(child.All<LookedAfterReviewHeld>().Where(r => r.CareEpisodeNumber == episode.Number)),
            LastDay(child.All<HealthAssessmentCompleted>().Where(h => h.Kind != HealthAssessmentKind.DentalCheck)),
            LastDay(child.All<HealthAssessmentCompleted>().Where(h => h.Kind == HealthAssessmentKind.DentalCheck)),
            PlacementsInLastTwelveMonths(child),
            left, leaving is null || left is null ? null : AnnexACodes.ReasonCeased(leaving.ReasonCeased),
            placement is null ? null : AnnexAChild.Day(placement.OccurredAt), placement is null ? null : AnnexACodes.PlacementType(placement.PlacementType),
            placement?.PlacementProvider is { } provider ? AnnexACodes.PlacementProvider(provider) : null, placement?.Postcode,
            placement?.Urn is { } urn && urn != NoUrn ? urn : null,
            placement is null ? null : AnnexACodes.PlacementLocation(placement.OutOfArea), placement?.Postcode is { } postcode ? PlacementAuthority.Of(postcode) : null,
            twelveMonths.Count(m => m.MissingOrAway != AnnexACodes.Away), twelveMonths.Count(m => m.MissingOrAway == AnnexACodes.Away),
            .. ReturnInterview(child, lastMissing),
            .. child.Allocation(),
        ]);
    }

    private static DateOnly? LastDay(IEnumerable<IJourneyEvent> facts) => facts.Select(f => AnnexAChild.Day(f.OccurredAt)).Order().Cast<DateOnly?>().LastOrDefault();

    private static string? Permanence(PermanencePlanMade? plan) => plan?.Kind switch
    {
        null => null,
        PermanencePlanKind.ReturnHome => "a) Return to family",
        PermanencePlanKind.Adoption => "b) Adoption",
        PermanencePlanKind.SpecialGuardianship or PermanencePlanKind.ChildArrangementsOrder => "c) SGO/CAO",
        PermanencePlanKind.LongTermFostering => "f) Long-term fostering",
        _ => "g) other",
    };

    /// <summary>
    /// Placements with a new carer (a change of the placement's status only is the same placement, decision 30) that the
    /// child lived in at some time in the 12 months to the lists' end, in any period of care.
    /// </summary>
    private static int PlacementsInLastTwelveMonths(AnnexAChild child)
    {
        var from = child.Period.LastTwelveMonthsFrom;
        var count = 0;
        foreach (var episode in child.CareEpisodes)
        {
            var placements = child.All<PlacementStarted>().Where(p => p.CareEpisodeNumber == episode.Number).ToArray();
            for (var i = 0; i < placements.Length; i++)
            {
                if (!PlacementKinds.IsNewCarer(placements[i].ReasonForChange)) continue;
                // A placement lasts until the next with a new carer, or the period of care's end.
                var next = placements.Skip(i + 1).FirstOrDefault(p => PlacementKinds.IsNewCarer(p.ReasonForChange));
                var ended = next is null ? child.EndedBy(episode.LeftAt) : AnnexAChild.Day(next.OccurredAt);
                if (ended is null || ended >= from) count++;
            }
        }
        return count;
    }

    /// <summary>
    /// After the last missing episode: offered when any return interview outcome is recorded for it, not offered when the
    /// child has returned and none is; accepted when accepted or completed, not when declined; blank when not known.
    /// </summary>
    private static object?[] ReturnInterview(AnnexAChild child, MissingEpisodeStarted? last)
    {
        if (last is null) return [null, null];
        var outcomes = child.All<ReturnInterviewRecorded>().Where(r => r.MissingNumber == last.MissingNumber).Select(r => r.Outcome).ToArray();
        var returned = child.All<ReturnedFromMissing>().Any(r => r.MissingNumber == last.MissingNumber);
        object? offered = outcomes.Length > 0 ? AnnexACodes.Yes : returned ? AnnexACodes.No : null;
        object? accepted = outcomes.Any(o => o is ReturnInterviewOutcome.Accepted or ReturnInterviewOutcome.Completed) ? AnnexACodes.Yes
            : outcomes.Contains(ReturnInterviewOutcome.Declined) ? AnnexACodes.No : null;
        return [offered, accepted];
    }
}
