using Journey.Api.Returns;
using Journey.Domain.Corrections;
using static Journey.IntegrationTests.Returns.Cin.CinJourneys;

namespace Journey.IntegrationTests.Returns.Cin;

/// <summary>
/// Which children and episodes the census of a year holds (decision 84), at the edges of the year by UK days: every
/// episode of need open at some point between 1 April and 31 March, a referral that led to no further action in the
/// year of its referral, and no closure after 31 March. 2025/26 begins in summer time (1 April 2025 began at 23:00
/// UTC on 31 March) and ends in it (31 March 2026 ended at 23:00 UTC). Pure: journeys folded as the store folds them.
/// </summary>
public sealed class CinInclusionTests
{
    [Theory]
    [InlineData("2026-03-31T22:59:00Z", true)]  // 23:59 on 31 March 2026, UK
    [InlineData("2026-03-31T23:00:00Z", false)] // 00:00 on 1 April 2026, UK
    public void A_referral_on_31_March_is_in_the_year_and_one_on_1_April_is_not(string referredAt, bool counted)
    {
        var child = Map(Folded("C1", Referral(1, referredAt))).Child;

        (child is not null).ShouldBe(counted);
        if (counted) child!.Episodes.ShouldHaveSingleItem().ReferralDate.ShouldBe(Day("2026-03-31"));
    }

    [Theory]
    [InlineData("2025-03-31T22:59:00Z", null)]          // closed on 31 March 2025 (UK): before the year
    [InlineData("2025-03-31T23:00:00Z", "2025-04-01")] // closed on 1 April 2025 (UK): open on the year's first day
    public void An_episode_closed_on_31_March_of_the_year_before_is_out_and_one_closed_on_1_April_is_in(string closedAt, string? closure)
    {
        var child = Map(Folded("C1", [.. Referral(1, "2024-06-03T10:00:00Z"), Closed(closedAt)])).Child;

        if (closure is null) child.ShouldBeNull();
        else child!.Episodes.ShouldHaveSingleItem().ClosureDate.ShouldBe(Day(closure));
    }

    [Fact]
    public void An_episode_open_over_1_April_is_in_and_a_closure_after_31_March_is_left_out()
    {
        var longOpen = Map(Folded("C1", Referral(1, "2023-09-04T10:00:00Z"))).Child!.Episodes.ShouldHaveSingleItem();
        var closedLater = Map(Folded("C2", [.. Referral(1, "2025-06-02T10:00:00Z"), Closed("2026-04-01T10:00:00Z")])).Child!.Episodes.ShouldHaveSingleItem();

        longOpen.ReferralDate.ShouldBe(Day("2023-09-04"));
        longOpen.ClosureDate.ShouldBeNull();
        closedLater.ClosureDate.ShouldBeNull();
        closedLater.ReasonForClosure.ShouldBeNull();
    }

    [Fact]
    public void A_referral_with_no_further_action_counts_in_the_year_it_was_made_only()
    {
        var journey = Folded("C1", Referral(1, "2025-03-10T10:00:00Z", need: null, nfa: true));

        Map(journey).Child.ShouldBeNull();
        var episode = Map(journey, new CollectionYear(2025)).Child!.Episodes.ShouldHaveSingleItem();
        episode.ReferralNfa.ShouldBeTrue();
        episode.PrimaryNeed.ShouldBeNull();
        Map(journey, new CollectionYear(2025)).Missing.ShouldNotContain(m => m.Item == "PrimaryNeedCode", "a referral with no further action needs no primary need (rule 8610)");
    }

    [Fact]
    public void A_referral_after_one_with_no_further_action_starts_an_episode_of_its_own()
    {
        var child = Map(Folded("C1", [.. Referral(1, "2025-05-01T10:00:00Z", nfa: true), .. Referral(2, "2025-07-01T10:00:00Z")])).Child!;

        child.Episodes.Select(e => (e.ReferralDate, e.ReferralNfa)).ShouldBe([(Day("2025-05-01"), true), (Day("2025-07-01"), false)]);
    }

    [Fact]
    public void A_referral_accepted_while_an_episode_is_open_is_counted_in_it_and_the_missing_closure_is_named()
    {
        var mapped = Map(Folded("C1", [.. Referral(1, "2025-05-01T10:00:00Z"), .. Referral(2, "2025-09-01T10:00:00Z")]));

        mapped.Child!.Episodes.ShouldHaveSingleItem().ReferralDate.ShouldBe(Day("2025-05-01"));
        mapped.Missing.ShouldContain(m => m.Item == "CINclosureDate" && m.Reason.Contains("2025-09-01"));
    }

    [Fact]
    public void A_closed_case_referred_again_is_two_episodes()
    {
        var child = Map(Folded("C1", [.. Referral(1, "2025-05-01T10:00:00Z"), Closed("2025-06-02T10:00:00Z", "RC8"), .. Referral(2, "2025-09-01T10:00:00Z")])).Child!;

        child.Episodes.Select(e => (e.ReferralDate, e.ClosureDate, e.ReasonForClosure))
            .ShouldBe([(Day("2025-05-01"), Day("2025-06-02"), "RC8"), (Day("2025-09-01"), (DateOnly?)null, (string?)null)]);
    }

    [Fact]
    public void A_withdrawn_referral_is_not_counted()
    {
        var referral = Referral(1, "2025-05-01T10:00:00Z");
        var journey = Folded("C1", [.. referral, new EventWithdrawn(2, referral[1], "Recorded against the wrong child", At("2025-05-02T10:00:00Z"))]);

        Map(journey).Child.ShouldBeNull();
    }
}
