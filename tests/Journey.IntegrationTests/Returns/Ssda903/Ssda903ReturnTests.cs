using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Returns.Ssda903;

/// <summary>
/// The SSDA903 return for 2025/26 as a returns officer receives it (decisions 86 to 89): every file with its DfE
/// header row, episodes derived from the journey, each file holding what the guide asks of the year's children,
/// dates as DD/MM/YYYY, and what the journeys do not record left blank and listed as missing.
/// </summary>
[Collection(Ssda903Host.Collection)]
public sealed class Ssda903ReturnTests(Ssda903Host fixture)
{
    private JourneyHost Host => fixture.Host;

    [Fact]
    public async Task Every_file_is_returned_with_its_header_row_even_for_a_year_with_no_looked_after_child()
    {
        var files = await Host.Ssda903Return(2025);

        files.Select(f => (f.Name, string.Join("|", f.Lines))).ShouldBe([
            ("header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB"),
            ("episodes.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN"),
            ("reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE"),
            ("uasc.csv", "CHILD,SEX,DOB,DUC"),
            ("oc2.csv", "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED"),
            ("oc3.csv", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM"),
            ("ad1.csv", "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR"),
            ("placed_for_adoption.csv", "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED"),
            ("previous_permanence.csv", "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM"),
            ("missing.csv", "CHILD,DOB,MISSING,MIS_START,MIS_END"),
            ("sw_episodes.csv", "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON"),
        ]);
    }

    [Fact]
    public async Task Episodes_are_derived_from_the_journey_by_day_with_their_reasons_and_DD_MM_YYYY_dates()
    {
        var children = await Ssda903Children.Record(Host);

        var files = await Host.Ssda903Return(2026);

        // CIN is the period of care's; provider, placement postcode and URN each placement's; no home postcode of a UASC child.
        // Legal status and carer changed on 1 September: one episode, B. The status of the placement only, on 31 March:
        // T, the episode before ceasing that day with the reason PLACE. The move on 1 April 2026 is next year's: open on 31 March.
        files.Rows("episodes.csv", children.LookedAfter).ShouldBe([
            $"{children.LookedAfter},01/04/2025,S,C1,N1,U6,PR1,01/09/2025,X1,CARPL,,B70 9LT,SC123456",
            $"{children.LookedAfter},01/09/2025,B,C2,N1,U4,PR1,31/03/2026,X1,PLACE,,B69 4EJ,1234567",
            $"{children.LookedAfter},31/03/2026,T,C2,N1,U4,,,,,,,",
        ]);
        files.Rows("episodes.csv", children.Adopted).ShouldBe([
            $"{children.Adopted},02/05/2025,S,V2,,U6,,01/07/2025,X1,,,,",
            $"{children.Adopted},01/07/2025,L,E1,,U6,,15/10/2025,X1,PLACE,,,",
            $"{children.Adopted},15/10/2025,T,E1,,A5,,02/02/2026,E11,,,,",
        ]);
        files.Rows("episodes.csv", children.CareLeaver).ShouldBe([$"{children.CareLeaver},10/04/2025,S,V2,,U6,,02/06/2025,E13,,,,"]);
    }

    [Fact]
    public async Task Each_file_holds_what_the_guide_asks_of_the_children_of_the_year()
    {
        var children = await Ssda903Children.Record(Host);
        var (a, b, c) = (children.LookedAfter, children.Adopted, children.CareLeaver);

        var files = await Host.Ssda903Return(2026);

        files.Rows("header.csv", a, b, c).Order().ShouldBe(new[]
        {
            $"{a},F,12/05/2012,WBRI,T201202500001,0,", $"{b},M,10/01/2023,WBRI,,,", $"{c},F,20/08/2008,BAFR,,,",
        }.Order());
        files.Rows("reviews.csv", a, b, c).ShouldBe([$"{a},12/05/2012,22/04/2025,PN1"]);
        files.Rows("uasc.csv", a, b, c).ShouldBe([$"{a},F,12/05/2012,"]);
        // Looked after from 1 April: twelve months at 31 March. No conviction nor substance misuse recorded in the year: 0.
        files.Rows("oc2.csv", a, b, c).ShouldBe([$"{a},12/05/2012,,,0,,1,1,1,0,,"]);
        files.Rows("oc3.csv", a, b, c).ShouldBe([$"{c},20/08/2008,YES,F2,B1"]);
        files.Rows("ad1.csv", a, b, c).ShouldBe([$"{b},10/01/2023,16/06/2025,01/10/2025,1,2,MF,L11"]);
        files.Rows("placed_for_adoption.csv", a, b, c).ShouldBe([$"{b},10/01/2023,16/06/2025,,"]);
        files.Rows("previous_permanence.csv", a, b, c).Order().ShouldBe(new[]
        {
            $"{a},12/05/2012,Z1,,", $"{b},10/01/2023,,,", $"{c},20/08/2008,,,",
        }.Order());
        // Missing over the year's end: open on 31 March.
        files.Rows("missing.csv", a, b, c).ShouldBe([$"{a},12/05/2012,M,01/06/2025,02/06/2025", $"{a},12/05/2012,A,30/03/2026,"]);
        // The first allocation changes no worker: OTHERS (decision 90).
        // Allocated before she came into care, hers runs from the day care began (decision 91).
        files.Rows("sw_episodes.csv", a, b, c).Order().ShouldBe(new[]
        {
            $"{a},12/05/2012,SW12345,02/04/2025,01/10/2025,OTHERS", $"{a},12/05/2012,,01/10/2025,,", $"{c},20/08/2008,SW67890,10/04/2025,,OTHERS",
        }.Order());
    }

    [Fact]
    public async Task What_the_journeys_do_not_record_is_left_blank_and_listed_as_missing_by_file_and_column()
    {
        var children = await Ssda903Children.Record(Host);

        var answer = await (await Host.Officer().GetAsync("/api/returns/ssda903/missing?year=2026", TestContext.Current.CancellationToken)).ReadJson();

        string[] Items(string child) => answer["children"]!.AsArray().Single(c => c!["childId"]!.GetValue<string>() == child)!["items"]!.AsArray()
            .Select(i => $"{i!["file"]} {i["item"]}").Order().ToArray();
        Items(children.LookedAfter).ShouldBe(new[]
        {
            // Her third placement and second social worker record none of what the returns ask; she is 12, so an SDQ is due.
            "episodes.csv PLACE_PROVIDER", "episodes.csv PL_POST", "episodes.csv URN", "oc2.csv SDQ_SCORE",
            "sw_episodes.csv SW_ID", "sw_episodes.csv SW_REASON",
        }.Order());
        // A boy, not UASC, placed for adoption and adopted, with no social worker allocated.
        Items(children.Adopted).ShouldBe(new[]
        {
            "header.csv UPN", "episodes.csv CIN", "episodes.csv PLACE_PROVIDER", "episodes.csv HOME_POST", "episodes.csv PL_POST", "episodes.csv URN",
            "previous_permanence.csv PREV_PERM", "sw_episodes.csv SW_DECOM",
        }.Order());
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2027)]
    public async Task A_year_whose_files_or_codes_differ_is_refused_naming_the_years_there_are(int year)
    {
        var response = await Host.Officer().GetAsync($"/api/returns/ssda903?year={year}", TestContext.Current.CancellationToken);

        ((int)response.StatusCode).ShouldBe(400);
        var violation = (await response.ReadJson())["violations"]!.AsArray().ShouldHaveSingleItem()!;
        (violation["field"]!.GetValue<string>(), violation["rule"]!.GetValue<string>()).ShouldBe(("year", "collection-year"));
        violation["message"]!.GetValue<string>().ShouldContain("2025 and 2026");
    }
}
