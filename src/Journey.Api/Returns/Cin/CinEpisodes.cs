using Journey.Domain.Closure;
using Journey.Domain.FrontDoor;

namespace Journey.Api.Returns.Cin;

/// <summary>
/// An episode of need as the journey holds it: the referral that opened it, any referral accepted while it was open
/// (counted in it: episodes may not overlap, rules 8815, 8816 and 8820), and the closure that ended it.
/// </summary>
public sealed class CinEpisodeSpan(ReferralAccepted referral)
{
    public ReferralAccepted Referral { get; } = referral;
    public List<ReferralAccepted> Joined { get; } = [];
    public CaseClosed? Closure { get; set; }

    public DateOnly Start => CinFacts.Day(Referral);
    public DateOnly? End => Closure is { } closure ? CinFacts.Day(closure) : null;

    /// <summary>A referral that led to no further action (ReferralNFA): never an open case, so it holds no later referral.</summary>
    public bool Nfa => Referral.NoFurtherAction;

    public bool Holds(int referralNumber) => Referral.ReferralNumber == referralNumber || Joined.Any(r => r.ReferralNumber == referralNumber);
}

/// <summary>
/// Which episodes of need a journey holds and which of them a collection year's census counts. The census covers
/// "any child referred to children's social care services within the year and also any cases open at 1 April"
/// (DfE, Characteristics of children in need: methodology; the guide's scope, "children who were referred but with
/// no further action" and "cases that were open between 1 April and 31 March"), so an episode is counted when it was
/// open at any point of the year: referred on or before 31 March and not closed before 1 April. A referral that led
/// to no further action and was never closed counts in the year of its referral only (an earlier one would be
/// query 8569Q). Decision 84.
/// </summary>
public static class CinEpisodes
{
    public static IReadOnlyList<CinEpisodeSpan> Of(CinFacts facts)
    {
        var episodes = new List<CinEpisodeSpan>();
        CinEpisodeSpan? open = null;
        // Referrals and closures in the order they happened; among steps at one instant, the stream's order.
        var steps = facts.Events.Select((fact, index) => (Fact: fact, Index: index))
            .Where(s => s.Fact is ReferralAccepted or CaseClosed)
            .OrderBy(s => s.Fact.OccurredAt).ThenBy(s => s.Index);
        foreach (var (fact, _) in steps)
            switch (fact)
            {
                case ReferralAccepted referral when open is { Nfa: false }:
                    open.Joined.Add(referral);
                    break;
                case ReferralAccepted referral:
                    open = new CinEpisodeSpan(referral);
                    episodes.Add(open);
                    break;
                case CaseClosed closure when open is not null:
                    open.Closure = closure;
                    open = null;
                    break;
            }
        return episodes;
    }

    /// <summary>Whether the year's census counts the episode: open at any point between 1 April and 31 March.</summary>
    public static bool InYear(CinEpisodeSpan episode, CollectionYear year) =>
        episode.Start <= year.End
        && (episode.End is { } end ? end >= year.Start : !episode.Nfa || episode.Start >= year.Start);

    /// <summary>
    /// The episode a dated step belongs to: the latest referred on or before its day (a step before any referral, to
    /// the first: the validators then name the dates, rules 1103, 1104, 1105 and 2889).
    /// </summary>
    public static CinEpisodeSpan At(IReadOnlyList<CinEpisodeSpan> episodes, DateOnly day) =>
        episodes.LastOrDefault(e => e.Start <= day) ?? episodes[0];
}
