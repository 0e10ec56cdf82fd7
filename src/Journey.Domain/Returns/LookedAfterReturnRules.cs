using Journey.Domain.Journeys;
using Journey.Domain.Timescales;

namespace Journey.Domain.Returns;

/// <summary>
/// The SSDA903 validator's rules Journey checks itself (Data to Insight csc-validator-be-903, ruleset lac2025_26 and the
/// years it inherits; docs/returns.md "Validator rules at entry"): ages at entering care, at a legal status, a placement
/// and leaving care; placement providers that cannot provide a placement type; and the legal statuses the Children Act
/// 1989 limits in time. Each reads the journey as it stands, as <see cref="CensusRules"/> does.
/// </summary>
public static class LookedAfterReturnRules
{
    public static readonly ReturnRule EnteredCareAdult = ReturnRule.LookedAfterError("352", "Child who started to be looked after was aged 18 or over");
    public static readonly ReturnRule YouthLegalStatusUnderTen = ReturnRule.LookedAfterError("358", "Child with this legal status should not be under 10");

    /// <summary>Placement types with the youngest age the validator allows (rules 371 to 374: K3 16, R5 10, S1 4, P3 14).</summary>
    public static readonly IReadOnlyList<(ReturnRule Rule, string PlacementType, int Age)> PlacementAges =
    [
        (ReturnRule.LookedAfterError("371", "Child in supported accomodation not subject to children’s homes regulations should be at least 16"), "K3", 16),
        (ReturnRule.LookedAfterError("372", "Child in youth custody or prison should be at least 10"), "R5", 10),
        (ReturnRule.LookedAfterError("373", "Child placed in a school should be at least 4 years old"), "S1", 4),
        (ReturnRule.LookedAfterError("374", "Child in residential employment should be at least 14 years old"), "P3", 14),
    ];

    /// <summary>
    /// Reasons a period of care ends that hold only at some ages (rules 386, 387, 389, 407, 460). <c>Holds</c> takes the
    /// day care ended and the child's date of birth.
    /// </summary>
    public static readonly IReadOnlyList<(ReturnRule Rule, string[] Reasons, Func<DateOnly, DateOnly, bool> Holds, string Age)> ReasonCeasedAges =
    [
        (ReturnRule.LookedAfterError("386", "Reason episode ceased is adopted but child has reached age 18"), ["E11", "E12"],
            (left, born) => left < born.AddYears(18), "under 18"),
        (ReturnRule.LookedAfterError("387", "Reason episode ceased is child moved into independent living arrangement, but the child is aged under 14"), ["E5", "E6"],
            (left, born) => left >= born.AddYears(14), "14 or over"),
        (ReturnRule.LookedAfterError("389", "Reason episode ceased is that child transferred to care of adult social care services, but child is aged under 16"), ["E7"],
            (left, born) => left >= born.AddYears(16), "16 or over"),
        (ReturnRule.LookedAfterError("407", "Reason episode ceased is Special Guardianship Order, but child has reached age 18"), ["E45", "E46", "E47", "E48"],
            (left, born) => left <= born.AddYears(18), "18 or under"),
        (ReturnRule.LookedAfterError("460", "Reason episode ceased is that child stayed with current carers at age 18 (or above), but child is aged under 18"), ["E17"],
            (left, born) => left >= born.AddYears(18), "18 or over"),
    ];

    /// <summary>Placement types each provider code cannot provide (rules 527 to 531, and 550: PR0, the parent, only P1).</summary>
    public static readonly IReadOnlyList<(ReturnRule Rule, string Provider, Func<string, bool> Refuses)> ProviderPlacements =
    [
        (ReturnRule.LookedAfterError("527", "A placement provider code of PR1 cannot be associated with placements P1, R2 or R5"), "PR1", t => t is "P1" or "R2" or "R5"),
        (ReturnRule.LookedAfterError("528", "A placement provider code of PR2 cannot be associated with placements P1, R2 or R5"), "PR2", t => t is "P1" or "R2" or "R5"),
        (ReturnRule.LookedAfterError("529", "Placement provider code of PR3 cannot be associated with placements P1, A3 to A6, K1, K2 and U1 to U6 " +
            "as these placements cannot be provided by other public organisations"), "PR3",
            t => t is "P1" or "A3" or "A4" or "A5" or "A6" or "K1" or "K2" or "U1" or "U2" or "U3" or "U4" or "U5" or "U6"),
        (ReturnRule.LookedAfterError("530", "A placement provider code of PR4 cannot be associated with placement P1"), "PR4", t => t is "P1"),
        (ReturnRule.LookedAfterError("531", "A placement provider code of PR5 cannot be associated with placements P1"), "PR5", t => t is "P1"),
        (ReturnRule.LookedAfterError("550", "A placement provider code of PR0 can only be associated with placement P1"), "PR0", t => t is not "P1"),
    ];

    /// <summary>
    /// Legal statuses the Children Act 1989 limits in time, with the most days the validator allows between their start
    /// and end (rules 361 to 363): police protection 72 hours (s.46(6)), counted as 3 days; an emergency protection
    /// order 21 days (the validator's limit, s.45 allowing 8 days and an extension of 7 more); a child assessment order 7 days (s.43(5)).
    /// </summary>
    public static readonly IReadOnlyList<(ReturnRule Rule, string LegalStatus, int Days)> LegalStatusLimits =
    [
        (ReturnRule.LookedAfterError("361", "Police protection legal status lasted longer than maximum 72 hours allowed in the Children Act 1989"), "L1", 3),
        (ReturnRule.LookedAfterError("362", "Emergency protection order (EPO) lasted longer than 21 days"), "L2", 21),
        (ReturnRule.LookedAfterError("363", "Child assessment order (CAO) lasted longer than 7 days allowed in the Children Act 1989"), "L3", 7),
    ];

    public static readonly ReturnRule CareBeforeBirth = ReturnRule.LookedAfterError("302", "First episode starts before child was born");
    public static readonly ReturnRule MissingBeforeBirth = ReturnRule.LookedAfterError("586", "Dates of missing periods are before child’s date of birth");

    public static readonly ReturnRule UascCeasedAfterEighteen =
        ReturnRule.LookedAfterError("304", "Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before the 18th birthday of a child");

    /// <summary>Youth justice legal statuses (J1 to J3) rule 358 does not allow up to the 10th birthday.</summary>
    public static readonly string[] YouthJusticeStatuses = ["J1", "J2", "J3"];

    public static IEnumerable<ReturnRule> All =>
        new[] { EnteredCareAdult, YouthLegalStatusUnderTen, UascCeasedAfterEighteen, CareBeforeBirth, MissingBeforeBirth }
            .Concat(PlacementAges.Select(p => p.Rule)).Concat(ReasonCeasedAges.Select(r => r.Rule))
            .Concat(ProviderPlacements.Select(p => p.Rule)).Concat(LegalStatusLimits.Select(l => l.Rule));

    /// <summary>
    /// Every breach in <paramref name="journey"/>. A legal status still in force is judged up to <paramref name="asOf"/>
    /// when given (readiness: the end of the year, or today if sooner); a step is judged without it, on what has ended.
    /// </summary>
    public static IEnumerable<ReturnFinding> Findings(ChildJourney journey, DateOnly? asOf = null)
    {
        foreach (var f in Providers(journey)) yield return f;
        foreach (var f in LegalStatusDurations(journey, asOf)) yield return f;
        if (journey.DateOfBirth is not { } born) yield break;

        foreach (var c in journey.CareEpisodes)
        {
            var entered = UkTime.DateOf(c.EnteredAt);
            if (entered < born)
                yield return new(CareBeforeBirth, $"period of care {c.Number}", entered, "enteredAt",
                    $"Period of care {c.Number} begins on {entered:d MMMM yyyy}, before the child's date of birth ({born:d MMMM yyyy}); correct the date or the date of birth.");
            if (entered >= born.AddYears(18))
                yield return new(EnteredCareAdult, $"period of care {c.Number}", entered, "enteredAt",
                    $"Period of care {c.Number} begins on {entered:d MMMM yyyy}, on or after the child's 18th birthday; correct the date or the date of birth.");
            if (c.LeftAt is { } leftAt && c.ReasonCeased is { } reason)
            {
                var left = UkTime.DateOf(leftAt);
                foreach (var (rule, reasons, holds, age) in ReasonCeasedAges)
                    if (reasons.Contains(reason) && !holds(left, born))
                        yield return new(rule, $"end of period of care {c.Number}", left, "reasonCeased",
                            $"Period of care {c.Number} ends on {left:d MMMM yyyy} with reason {reason}, which holds for a child {age}; correct the reason or the date of birth.");
            }
        }
        foreach (var s in journey.LegalStatuses.Where(s => YouthJusticeStatuses.Contains(s.LegalStatus)))
        {
            var since = UkTime.DateOf(s.Since);
            if (since <= born.AddYears(10))
                yield return new(YouthLegalStatusUnderTen, $"legal status {s.LegalStatus} of period of care {s.CareEpisodeNumber} from {since:yyyy-MM-dd}", since, "legalStatus",
                    $"Legal status {s.LegalStatus} applies from {since:d MMMM yyyy}, when the child was not yet over 10; correct the legal status or the date of birth.");
        }
        foreach (var p in journey.Placements)
        {
            var started = UkTime.DateOf(p.StartedAt);
            foreach (var (rule, type, age) in PlacementAges)
                if (p.PlacementType == type && started < born.AddYears(age))
                    yield return new(rule, $"placement {p.Number}", started, "placementType",
                        $"Placement {p.Number} ({type}) starts on {started:d MMMM yyyy}, before the child is {age}; correct the placement type or the date of birth.");
        }
        foreach (var m in journey.MissingEpisodes)
        {
            var from = UkTime.DateOf(m.StartedAt);
            // Rule 586 compares MIS_START <= DOB: missing on the day of birth breaks it too.
            if (from <= born)
                yield return new(MissingBeforeBirth, $"missing episode {m.Number}", from, "missingFrom",
                    $"Missing episode {m.Number} begins on {from:d MMMM yyyy}, not after the child's date of birth ({born:d MMMM yyyy}); correct the date or the date of birth.");
        }
        if (journey.UascStatusCeasedAt is { } ceasedAt && UkTime.DateOf(ceasedAt) is var ceased && ceased > born.AddYears(18))
            yield return new(UascCeasedAfterEighteen, "UASC status", ceased, "ceasedAt",
                $"UASC status is recorded as ceasing on {ceased:d MMMM yyyy}, after the child's 18th birthday, when it ceases; correct the date to the 18th birthday or before.");
    }

    private static IEnumerable<ReturnFinding> Providers(ChildJourney journey)
    {
        foreach (var p in journey.Placements)
            foreach (var (rule, provider, refuses) in ProviderPlacements)
                if (p.PlacementProvider == provider && refuses(p.PlacementType))
                    yield return new(rule, $"placement {p.Number}", UkTime.DateOf(p.StartedAt), "placementProvider",
                        $"Placement {p.Number} is {p.PlacementType} with provider {provider}, who cannot provide it; correct the provider or the placement type.");
    }

    private static IEnumerable<ReturnFinding> LegalStatusDurations(ChildJourney journey, DateOnly? asOf)
    {
        foreach (var (s, index) in journey.LegalStatuses.Select((s, i) => (s, i)))
        {
            var limit = LegalStatusLimits.FirstOrDefault(l => l.LegalStatus == s.LegalStatus);
            if (limit.Rule is null) continue;
            var next = journey.LegalStatuses.Skip(index + 1).FirstOrDefault(n => n.CareEpisodeNumber == s.CareEpisodeNumber);
            var endedAt = next?.Since ?? journey.CareEpisodes.FirstOrDefault(c => c.Number == s.CareEpisodeNumber)?.LeftAt;
            var since = UkTime.DateOf(s.Since);
            DateOnly? end = endedAt is { } e ? UkTime.DateOf(e) : asOf;
            if (end is { } until && until.DayNumber - since.DayNumber > limit.Days)
                yield return new(limit.Rule, $"legal status {s.LegalStatus} of period of care {s.CareEpisodeNumber} from {since:yyyy-MM-dd}", since, "changedAt",
                    endedAt is null
                        ? $"Legal status {s.LegalStatus} from {since:d MMMM yyyy} is still recorded on {until:d MMMM yyyy}, past its {limit.Days} days; " +
                          "record the change of legal status, or when the child left care."
                        : $"Legal status {s.LegalStatus} lasts from {since:d MMMM yyyy} to {until:d MMMM yyyy}, more than its {limit.Days} days; correct the dates of the change.");
        }
    }
}
