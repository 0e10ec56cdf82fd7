using Journey.Api.Returns.Cin;
using Journey.Domain.ChildInNeed;
using Journey.Domain.Children;
using Journey.Domain.Protection;
using static Journey.IntegrationTests.Returns.Cin.CinJourneys;

namespace Journey.IntegrationTests.Returns.Cin;

/// <summary>
/// What each item of a 2025/26 episode holds (decision 84): assessments, child in need plans, section 47 enquiries
/// and child protection plans counted when open at some point of the year, no date after 31 March, and what the
/// journey lacks reported rather than guessed. Pure: journeys folded as the store folds them.
/// </summary>
public sealed class CinItemTests
{
    /// <summary>A referral of 1 April 2024 never closed: an episode open over the whole of 2025/26.</summary>
    private static readonly Journey.Domain.Journeys.IJourneyEvent[] OpenEpisode = Referral(1, "2024-04-01T10:00:00Z");

    private static CinEpisode Episode(params Journey.Domain.Journeys.IJourneyEvent[] facts) =>
        Map(Folded("C1", [.. OpenEpisode, .. facts])).Child!.Episodes.ShouldHaveSingleItem();

    [Fact]
    public void Assessments_open_in_the_year_are_counted_and_carry_their_factors_once_authorised_in_it()
    {
        var mapped = Map(Folded("C1", [.. OpenEpisode,
            .. Assessment(1, 1, "2025-02-03T10:00:00Z", "2025-03-31T20:00:00Z", "3B"),  // authorised on 31 March 2025: before the year
            .. Assessment(2, 1, "2025-05-06T10:00:00Z", "2025-06-20T10:00:00Z", "2B", "16A"),
            .. Assessment(3, 1, "2025-07-01T10:00:00Z", "2025-07-20T10:00:00Z"),          // authorised with no factors recorded
            .. Assessment(4, 1, "2026-03-10T10:00:00Z", "2026-04-14T10:00:00Z", "21")]));  // authorised after 31 March: open on it

        mapped.Child!.Episodes.ShouldHaveSingleItem().Assessments.Select(a => (a.StartDate, a.AuthorisationDate, string.Join(" ", a.Factors))).ShouldBe(
        [
            (Day("2025-05-06"), Day("2025-06-20"), "2B 16A"),
            (Day("2025-07-01"), Day("2025-07-20"), ""),
            (Day("2026-03-10"), null, ""),
        ]);
        mapped.Missing.Where(m => m.Item == CinAssessments.FactorsItem).ShouldHaveSingleItem().Reason.ShouldContain("2025-07-20");
    }

    [Fact]
    public void Child_in_need_plans_open_in_the_year_are_counted_with_an_end_only_by_31_March()
    {
        var plans = Episode(
            new ChildInNeedPlanStarted(1, At("2025-01-06T10:00:00Z")), new ChildInNeedPlanEnded(1, At("2025-03-31T15:00:00Z"), "met"),
            new ChildInNeedPlanStarted(2, At("2025-03-31T16:00:00Z")), new ChildInNeedPlanEnded(2, At("2025-06-02T10:00:00Z"), "met"),
            new ChildInNeedPlanStarted(3, At("2026-01-12T10:00:00Z")), new ChildInNeedPlanEnded(3, At("2026-04-01T10:00:00Z"), "met")).CinPlans;

        plans.ShouldBe([new CinPlanDates(Day("2025-03-31"), Day("2025-06-02")), new CinPlanDates(Day("2026-01-12"), null)]);
    }

    [Fact]
    public void Section_47_enquiries_carry_their_conference_or_that_none_was_needed_and_a_target_15_working_days_on()
    {
        var enquiries = Episode(
            // Held and conferenced before the year: left out.
            new Section47Started(1, 1, At("2025-02-03T10:00:00Z")), new Section47Concluded(1, At("2025-02-10T10:00:00Z"), Section47Outcome.InitialConference),
            new InitialConferenceHeld(1, 1, At("2025-02-20T10:00:00Z"), false, null),
            // Tuesday 6 May 2025: 15 working days on is Wednesday 28 May (the spring bank holiday, 26 May, not counted).
            new Section47Started(2, 2, At("2025-05-06T10:00:00Z")), new Section47Concluded(2, At("2025-05-12T10:00:00Z"), Section47Outcome.NoFurtherAction),
            new Section47Started(3, 3, At("2025-10-01T10:00:00Z")), new Section47Concluded(3, At("2025-10-10T10:00:00Z"), Section47Outcome.InitialConference),
            new InitialConferenceHeld(2, 3, At("2025-10-20T10:00:00Z"), false, null),
            // Still waiting for its conference on 31 March.
            new Section47Started(4, 4, At("2026-03-20T10:00:00Z")), new Section47Concluded(4, At("2026-03-27T10:00:00Z"), Section47Outcome.InitialConference),
            new InitialConferenceHeld(3, 4, At("2026-04-08T10:00:00Z"), false, null)).Section47s;

        enquiries.ShouldBe(
        [
            new CinSection47(Day("2025-05-06"), Day("2025-05-28"), null, IcpcNotRequired: true),
            new CinSection47(Day("2025-10-01"), Day("2025-10-22"), Day("2025-10-20"), IcpcNotRequired: false),
            new CinSection47(Day("2026-03-20"), Day("2026-04-14"), null, IcpcNotRequired: false), // Good Friday and Easter Monday not counted
        ]);
    }

    [Fact]
    public void Protection_plans_carry_their_categories_the_plans_before_them_and_the_years_reviews()
    {
        var plans = Episode(
            new ProtectionPlanStarted(1, 1, At("2024-05-01T10:00:00Z"), "EMO"), new ProtectionPlanEnded(1, At("2024-11-01T10:00:00Z"), "ended"),
            new ProtectionPlanStarted(2, 2, At("2025-06-10T10:00:00Z"), "PHY"),
            new ReviewConferenceHeld(2, At("2025-09-05T10:00:00Z"), true), new ProtectionCategoryChanged(2, At("2025-09-05T11:00:00Z"), "NEG"),
            new ReviewConferenceHeld(2, At("2026-03-03T10:00:00Z"), true),
            // After 31 March: not in this year's return.
            new ReviewConferenceHeld(2, At("2026-04-20T10:00:00Z"), false), new ProtectionCategoryChanged(2, At("2026-04-20T10:30:00Z"), "EMO"),
            new ProtectionPlanEnded(2, At("2026-04-20T11:00:00Z"), "ended")).ProtectionPlans;

        var plan = plans.ShouldHaveSingleItem();
        plan.ShouldBe(plan with { StartDate = Day("2025-06-10"), EndDate = null, InitialCategory = "PHY", LatestCategory = "NEG", NumberOfPreviousPlans = 1 });
        plan.ReviewDates.ShouldBe([Day("2025-09-05"), Day("2026-03-03")]);
    }

    [Fact]
    public void A_plan_transferred_in_during_the_year_is_the_episodes_own_initial_conference()
    {
        var episode = Episode(new ProtectionPlanTransferredIn(1, At("2025-07-07T10:00:00Z"), "Birmingham", "NEG"),
            new ProtectionPlanTransferredOut(1, At("2025-11-03T10:00:00Z"), "Walsall"));

        episode.DateOfInitialCpc.ShouldBe(Day("2025-07-07"));
        episode.Section47s.ShouldBeEmpty();
        var plan = episode.ProtectionPlans.ShouldHaveSingleItem();
        (plan.StartDate, plan.EndDate, plan.InitialCategory, plan.LatestCategory, plan.NumberOfPreviousPlans).ShouldBe((Day("2025-07-07"), Day("2025-11-03"), "NEG", "NEG", 0));
        plan.ReviewDates.ShouldBeEmpty();
    }

    [Fact]
    public void The_childs_details_are_the_latest_recorded_and_what_the_journey_lacks_is_reported()
    {
        var mapped = Map(Folded("C1001", [.. Referral(1, "2025-05-01T10:00:00Z", need: null),
            new ChildDetailsRecorded(At("2025-05-01T11:00:00Z"), Day("2015-02-01"), null, "F", "WIRI"),
            new ChildDetailsRecorded(At("2025-06-01T11:00:00Z"), Day("2015-02-01"), null, "F", "WBRI")]));
        var unrecorded = Map(Folded("T-0001", Referral(1, "2025-05-01T10:00:00Z")));

        mapped.Child!.Identifiers.ShouldBe(new CinIdentifiers(Day("2015-02-01"), null, "F"));
        mapped.Child.Characteristics.Ethnicity.ShouldBe("WBRI");
        mapped.Missing.Select(m => m.Item).Order().ShouldBe(["Disability", "PrimaryNeedCode", "UPN"]);
        mapped.Missing.ShouldAllBe(m => m.ChildId == "C1001" && m.File == CinCensusReturn.FileName);
        unrecorded.Child!.Identifiers.ShouldBe(new CinIdentifiers(null, null, null));
        unrecorded.Missing.Select(m => m.Item).Order().ShouldBe(["Disability", "PersonBirthDate", "UPN"]);
        unrecorded.Child.LaChildId.ShouldBe("T0001");
        unrecorded.Child.ChildId.ShouldBe("T-0001");
    }

    [Theory]
    [InlineData("DEMO-0013", "DEMO0013")]
    [InlineData("a_b-c", "abc")]
    [InlineData("ABCDEFGHIJ-0123456789", "ABCDEFGHIJ0123456789")]
    [InlineData("ABCDEFGHIJK0123456789", null)]
    [InlineData("--", null)]
    public void The_census_id_is_the_childs_letters_and_digits_at_most_20(string childId, string? censusId) =>
        CinChildren.CensusId(childId).ShouldBe(censusId);

    [Fact]
    public void An_id_of_more_than_20_letters_and_digits_is_written_as_recorded_and_reported()
    {
        var mapped = Map(Folded("ABCDEFGHIJK0123456789", Referral(1, "2025-05-01T10:00:00Z")));

        mapped.Child!.LaChildId.ShouldBe("ABCDEFGHIJK0123456789");
        mapped.Missing.Select(m => m.Item).ShouldContain("LAchildID");
    }

    [Fact]
    public void The_upn_or_why_there_is_none_the_former_upn_disabilities_and_date_of_death_are_the_details_recorded()
    {
        var died = Map(Folded("C1", [.. Referral(1, "2025-05-01T10:00:00Z"),
            new ChildDetailsRecorded(At("2025-05-01T11:00:00Z"), Day("2015-02-01"), null, "F", "WBRI",
                Upn: "G201202500002", FormerUpn: "T201202500001", Disabilities: ["HAND", "HEAR"]),
            new ChildDetailsRecorded(At("2025-09-01T11:00:00Z"), Day("2015-02-01"), null, "F", "WBRI",
                Upn: "G201202500002", FormerUpn: "T201202500001", Disabilities: ["HAND", "HEAR"], DateOfDeath: Day("2025-08-30")),
            Closed("2025-09-01T12:00:00Z", "RC2")]));
        var unknown = Map(Folded("C2", [.. Referral(1, "2025-05-01T10:00:00Z"),
            new ChildDetailsRecorded(At("2025-05-01T11:00:00Z"), null, Day("2025-09-01"), "U", "NOBT", UpnUnknown: "UN1", Disabilities: ["NONE"])]));
        var undated = Map(Folded("C3", [.. Referral(1, "2025-05-01T10:00:00Z"),
            new ChildDetailsRecorded(At("2025-05-01T11:00:00Z"), Day("2015-02-01"), null, "M", "WBRI", UpnUnknown: "UN2", Disabilities: ["NONE"]),
            Closed("2025-09-01T12:00:00Z", "RC2")]));

        died.Child!.Identifiers.ShouldBe(new CinIdentifiers(Day("2015-02-01"), null, "F", "G201202500002", "T201202500001", null, Day("2025-08-30")));
        died.Child.Characteristics.Disabilities.ShouldBe(["HAND", "HEAR"]);
        died.Missing.ShouldBeEmpty();
        unknown.Child!.Identifiers.ShouldBe(new CinIdentifiers(null, Day("2025-09-01"), "U", null, null, "UN1"));
        unknown.Child.Characteristics.Disabilities.ShouldBe(["NONE"]);
        unknown.Missing.ShouldBeEmpty();
        undated.Missing.ShouldHaveSingleItem().Item.ShouldBe("PersonDeathDate");
    }

    [Fact]
    public void A_child_with_no_episode_in_the_year_is_not_in_it_and_lacks_nothing_for_it()
    {
        var mapped = Map(Folded("C1", [.. Referral(1, "2024-05-01T10:00:00Z"), Closed("2024-09-02T10:00:00Z")]));

        mapped.Child.ShouldBeNull();
        mapped.Missing.ShouldBeEmpty();
    }

    [Fact]
    public async Task Two_ids_with_the_same_letters_and_digits_are_not_one_child_to_the_census()
    {
        var census = new CinCensusReturn(new Journey.Api.Returns.AuthorityOptions("333"), TimeProvider.System);
        var build = await census.Build(new Journey.Api.Returns.ReturnParameters(Year2026, null),
            new[] { Folded("DUP-01", Referral(1, "2025-05-01T10:00:00Z")), Folded("DUP_01", Referral(1, "2025-05-02T10:00:00Z")) }.ToAsyncEnumerable(),
            TestContext.Current.CancellationToken);

        var ids = System.Xml.Linq.XDocument.Load(new MemoryStream(build.Files.Single().Content)).Descendants("LAchildID").Select(e => e.Value);
        ids.ShouldBe(["DUP01", "DUP_01"], "the first keeps its census id; the second is written as recorded");
        build.Missing.ShouldContain(m => m.ChildId == "DUP_01" && m.Item == "LAchildID");
        build.ChildIds.ShouldBe(["DUP-01", "DUP_01"], ignoreOrder: true);
    }
}
