using Journey.Domain.Children;
using Journey.Domain.Reference;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Returns;

/// <summary>
/// The child's identifiers and characteristics the returns carry (decision 79), each refused at entry as
/// the CIN census and SSDA903 validators would refuse it, at the edge of its rule.
/// </summary>
public sealed class ChildIdentifiersTests
{
    // Taken on Tuesday 4 March 2025 (UK date).
    private static readonly DateTimeOffset TakenAt = Day1.AddDays(1);
    private static readonly DateOnly Born = new(2012, 5, 17);

    private static RecordChildDetails Details(string? upn = null, string? formerUpn = null, string? upnUnknown = null, IReadOnlyList<string>? disabilities = null,
        DateOnly? dateOfDeath = null, bool? isMother = null, DateOnly? firstChild = null, string gender = "F", DateOnly? born = null) =>
        new(TakenAt, born ?? Born, null, gender, "WBRI", null, upn, formerUpn, upnUnknown, disabilities, dateOfDeath, isMother, firstChild);

    private static Journey.Domain.Journeys.ChildJourney Contacted() => JourneyBuilder.Child().Contact(Day1).Journey;

    [Theory]
    // The CIN census validator's own valid sample, the SSDA903's, and a Sandwell (333) UPN.
    [InlineData("T201202500001"), InlineData("D318202500001"), InlineData("K333123456789")]
    // A temporary UPN ends in a letter, which counts as its place in the check-letter alphabet.
    [InlineData("H33312345678A"), InlineData("U33312345678Z")]
    public void A_UPN_with_its_check_letter_is_recorded(string upn) =>
        Given(Contacted()).When(Details(upn)).ShouldAppend(new ChildDetailsRecorded(TakenAt, Born, null, "F", "WBRI", upn));

    [Theory]
    // One letter either side of the right one (T): the check letter is wrong, as CIN rule 1510 finds it.
    [InlineData("R201202500001"), InlineData("U201202500001")]
    public void A_UPN_with_a_wrong_check_letter_is_refused_as_CIN_rule_1510_would(string upn) =>
        Given(Contacted()).When(Details(upn)).ShouldBeRefusedWith(("upn", Upn.CheckLetterRule));

    [Fact]
    public void A_UPN_from_no_English_authority_is_refused_as_CIN_rule_1530_would() =>
        // 999 is no authority's number; the check letter X is right for the other twelve characters.
        Given(Contacted()).When(Details("X999202500001")).ShouldBeRefusedWith(("upn", Upn.AuthorityRule));

    [Theory]
    [InlineData("T20120250000")] // 12 characters
    [InlineData("T2012025000011")] // 14
    [InlineData("t201202500001")] // a small letter
    [InlineData("I201202500001")] // I is no check letter
    [InlineData("T2012025000O1")] // a letter among characters 5 to 12 (CIN rule 1540)
    [InlineData("T20120250000I")] // I, O and S are not used at character 13 (CIN rule 1550)
    [InlineData("UN1")] // a reason for no UPN goes in upnUnknown
    public void A_UPN_of_the_wrong_form_is_refused(string upn) =>
        Given(Contacted()).When(Details(upn)).ShouldBeRefusedWith(("upn", Upn.FormatRule));

    [Fact]
    public void A_former_UPN_is_checked_as_a_UPN_and_differs_from_it()
    {
        Given(Contacted()).When(Details("T201202500001", formerUpn: "D318202500001")).ShouldBeAccepted();
        Given(Contacted()).When(Details("T201202500001", formerUpn: "R201202500001")).ShouldBeRefusedWith(("formerUpn", Upn.CheckLetterRule));
        Given(Contacted()).When(Details("T201202500001", formerUpn: "T201202500001")).ShouldBeRefusedWith(("formerUpn", "former-upn-differs"));
    }

    [Fact]
    public void Without_a_UPN_the_reason_is_a_CIN_UPN_unknown_code_from_UN1_to_UN7()
    {
        Given(Contacted()).When(Details(upnUnknown: "UN1")).ShouldBeAccepted();
        Given(Contacted()).When(Details(upnUnknown: "UN7")).ShouldBeAccepted();
        // The CIN validator's own tests hold UN8 invalid.
        Given(Contacted()).When(Details(upnUnknown: "UN8")).ShouldBeRefusedWith(("upnUnknown", CodeLists.UpnUnknown));
        Given(Contacted()).When(Details("T201202500001", upnUnknown: "UN4")).ShouldBeRefusedWith(("upnUnknown", "upn-or-reason-unknown"));
    }

    [Fact]
    public void Disabilities_are_CIN_codes_each_once_with_NONE_alone()
    {
        Given(Contacted()).When(Details(disabilities: ["HAND", "HEAR"])).ShouldBeAccepted();
        Given(Contacted()).When(Details(disabilities: ["NONE"])).ShouldBeAccepted();
        Given(Contacted()).When(Details(disabilities: ["NONE", "HEAR"])).ShouldBeRefusedWith(("disabilities", "none-stands-alone"));
        Given(Contacted()).When(Details(disabilities: ["HEAR", "HEAR"])).ShouldBeRefusedWith(("disabilities", "each-code-once"));
        Given(Contacted()).When(Details(disabilities: ["Deaf"])).ShouldBeRefusedWith(("disabilities", CodeLists.Disability));
        Given(Contacted()).When(Details(disabilities: [])).ShouldBeRefusedWith(("disabilities", "required"));
    }

    [Fact]
    public void A_date_of_death_falls_between_the_birth_and_the_day_the_details_were_taken()
    {
        Given(Contacted()).When(Details(dateOfDeath: new DateOnly(2025, 3, 4))).ShouldBeAccepted();
        Given(Contacted()).When(Details(dateOfDeath: new DateOnly(2025, 3, 5))).ShouldBeRefusedWith(("dateOfDeath", "date-of-death-not-after-the-step"));
        Given(Contacted()).When(Details(dateOfDeath: Born)).ShouldBeAccepted();
        Given(Contacted()).When(Details(dateOfDeath: Born.AddDays(-1))).ShouldBeRefusedWith(("dateOfDeath", "death-after-birth"));
    }

    [Fact]
    public void A_mother_is_female_and_her_first_child_was_born_after_her_and_by_the_step()
    {
        Given(Contacted()).When(Details(isMother: true, firstChild: Born.AddDays(1), born: Born)).ShouldBeAccepted();
        Given(Contacted()).When(Details(isMother: true, firstChild: Born, born: Born))
            .ShouldBeRefusedWith(("firstChildDateOfBirth", "first-child-born-after-the-mother"));
        Given(Contacted()).When(Details(isMother: true, firstChild: new DateOnly(2025, 3, 4))).ShouldBeAccepted();
        Given(Contacted()).When(Details(isMother: true, firstChild: new DateOnly(2025, 3, 5)))
            .ShouldBeRefusedWith(("firstChildDateOfBirth", "first-child-born-by-the-step"));
        Given(Contacted()).When(Details(isMother: true, gender: "M")).ShouldBeRefusedWith(("isMother", "mother-is-female"));
        Given(Contacted()).When(Details(isMother: false, firstChild: new DateOnly(2024, 1, 1)))
            .ShouldBeRefusedWith(("firstChildDateOfBirth", "first-child-of-a-mother"));
    }

    [Fact]
    public void The_journey_holds_the_latest_details_whole_for_the_returns()
    {
        var journey = JourneyBuilder.Child().Contact(Day1)
            .Apply(Details("T201202500001", disabilities: ["HEAR"]))
            .Apply(Details(upnUnknown: "UN5") with { RecordedAt = TakenAt.AddDays(1) }).Journey;
        journey.Details.ShouldNotBeNull();
        journey.Details.Upn.ShouldBeNull();
        journey.Details.UpnUnknown.ShouldBe("UN5");
        journey.Details.Disabilities.ShouldBeNull();
    }
}
