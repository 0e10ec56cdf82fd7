using Journey.Domain.Assessments;
using Journey.Domain.ChildInNeed;

namespace Journey.Api.Returns.Cin;

/// <summary>
/// An episode's assessments and child in need plans in a year, each counted when open at some point of it, with no
/// date after the reference date (a step after 31 March had not happened at the census's date):
/// <list type="bullet">
/// <item>an assessment authorised in the year, with the factors identified when it was completed (rules 8696,
/// 8614: factors only on a completed assessment); one still open on 31 March, with no authorisation date (rule 8736
/// then asks that it started in the year); one authorised before 1 April is left out;</item>
/// <item>a child in need plan open at some point of the year, its end date only if it ended by 31 March (rules
/// 4010, 4013).</item>
/// </list>
/// </summary>
public static class CinAssessments
{
    public const string FactorsItem = "AssessmentFactors";

    public static IReadOnlyList<CinAssessment> In(CinEpisodeSpan episode, CinFacts facts, CollectionYear year, Action<string, string> missing)
    {
        var assessments = new List<CinAssessment>();
        foreach (var started in facts.Of<AssessmentStarted>().Where(a => episode.Holds(a.ReferralNumber)))
        {
            var start = CinFacts.Day(started);
            if (start > year.End) continue;
            var authorised = facts.Of<AssessmentAuthorised>().LastOrDefault(a => a.AssessmentNumber == started.AssessmentNumber) is { } a ? CinFacts.Day(a) : (DateOnly?)null;
            if (authorised < year.Start) continue;
            if (authorised > year.End) authorised = null;
            IReadOnlyList<string> factors = authorised is null ? []
                : facts.Of<AssessmentCompleted>().LastOrDefault(c => c.AssessmentNumber == started.AssessmentNumber)?.Factors ?? [];
            if (authorised is not null && factors.Count == 0)
                missing(FactorsItem,
                    $"The assessment started on {start:yyyy-MM-dd} and authorised on {authorised:yyyy-MM-dd} has no factors identified recorded " +
                    "(its completion with factors, code 21 for none); the census needs them for a completed assessment (query 8897Q).");
            assessments.Add(new CinAssessment(start, authorised, factors));
        }
        return assessments;
    }

    public static IReadOnlyList<CinPlanDates> Plans(CinEpisodeSpan episode, IReadOnlyList<CinEpisodeSpan> episodes, CinFacts facts, CollectionYear year)
    {
        var plans = new List<CinPlanDates>();
        foreach (var started in facts.Of<ChildInNeedPlanStarted>())
        {
            var start = CinFacts.Day(started);
            if (start > year.End || CinEpisodes.At(episodes, start) != episode) continue;
            var ended = facts.Of<ChildInNeedPlanEnded>().FirstOrDefault(e => e.ChildInNeedPlanNumber == started.ChildInNeedPlanNumber) is { } e ? CinFacts.Day(e) : (DateOnly?)null;
            if (ended < year.Start) continue;
            plans.Add(new CinPlanDates(start, ended > year.End ? null : ended));
        }
        return plans;
    }
}
