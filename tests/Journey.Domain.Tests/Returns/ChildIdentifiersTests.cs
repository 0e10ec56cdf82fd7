using Journey.Domain.Children;
using Journey.Domain.Reference;
using Journey.Domain.Tests.Given;
using static Journey.Domain.Tests.Given.Moments;

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
        Details(upn).Decide(Contacted(), Now).ShouldAppend(new ChildDetailsRecorded(TakenAt, Born, null, "F", "WBRI", upn));

    [Theory]
    // One letter either side of the right one (T): the check letter is wrong, as CIN rule 1510 finds it.
    [InlineData("R201202500001"), InlineData("U201202500001")]
    public void A_UPN_with_a_wrong_check_letter_is_refused_as_CIN_rule_1510_would(string upn) =>
        Details(upn).Decide(Contacted(), Now).ShouldBeRefusedWith(("upn", Upn.CheckLetterRule));

    [Fact]
    public void A_UPN_from_no_English_authority_is_refused_as_CIN_rule_1530_would() =>
        // 999 is no authority's number; the check letter X is right for the other twelve characters.
        Details("X999202500001").Decide(Contacted(), Now).ShouldBeRefusedWith(("upn", Upn.AuthorityRule));

    [Theory]
    [InlineData("T20120250000")] // 12 characters
    [InlineData("T2012025000011")] // 14
    [InlineData("t201202500001")] // a small letter
    [InlineData("I201202500001")] // I is no check letter
    [InlineData("T2012025000O1")] // a letter among characters 5 to 12 (CIN rule 1540)
    [InlineData("T20120250000I")] // I, O and S are not used at character 13 (CIN rule 1550)
    [InlineData("UN1")] // a reason for no UPN goes in upnUnknown
    public void A_UPN_of_the_wrong_form_is_refused(string upn) =>
        Details(upn).Decide(Contacted(), Now).ShouldBeRefusedWith(("upn", Upn.FormatRule));

    [Fact]
    public void A_former_UPN_is_checked_as_a_UPN_and_differs_from_it()
    {
        Details("T201202500001", formerUpn: "D318202500001").Decide(Contacted(), Now).ShouldBeAccepted();
        Details("T201202500001", formerUpn: "R201202500001").Decide(Contacted(), Now).ShouldBeRefusedWith(("formerUpn", Upn.CheckLetterRule));
        Details("T201202500001", formerUpn: "T201202500001").Decide(Contacted(), Now).ShouldBeRefusedWith(("formerUpn", "former-upn-differs"));
    }

    [Fact]
    public void Without_a_UPN_the_reason_is_a_CIN_UPN_unknown_code_from_UN1_to_UN7()
    {
        Details(upnUnknown: "UN1").Decide(Contacted(), Now).ShouldBeAccepted();
        Details(upnUnknown: "UN7").Decide(Contacted(), Now).ShouldBeAccepted();
        // The CIN validator's own tests hold UN8 invalid.
        Details(upnUnknown: "UN8").Decide(Contacted(), Now).ShouldBeRefusedWith(("upnUnknown", CodeLists.UpnUnknown));
        Details("T201202500001", upnUnknown: "UN4").Decide(Contacted(), Now).ShouldBeRefusedWith(("upnUnknown", "upn-or-reason-unknown"));
    }

    [Fact]
    public void Disabilities_are_CIN_codes_each_once_with_NONE_alone()
    {
        Details(disabilities: ["HAND", "HEAR"]).Decide(Contacted(), Now).ShouldBeAccepted();
        Details(disabilities: ["NONE"]).Decide(Contacted(), Now).ShouldBeAccepted();
        Details(disabilities: ["NONE", "HEAR"]).Decide(Contacted(), Now).ShouldBeRefusedWith(("disabilities", "none-stands-alone"));
        Details(disabilities: ["HEAR", "HEAR"]).Decide(Contacted(), Now).ShouldBeRefusedWith(("disabilities", "each-code-once"));
        Details(disabilities: ["Deaf"]).Decide(Contacted(), Now).ShouldBeRefusedWith(("disabilities", CodeLists.Disability));
        Details(disabilities: []).Decide(Contacted(), Now).ShouldBeRefusedWith(("disabilities", "required"));
    }

    [Fact]
    public void A_date_of_death_falls_between_the_birth_and_the_day_the_details_were_taken()
    {
        Details(dateOfDeath: new DateOnly(2025, 3, 4)).Decide(Contacted(), Now).ShouldBeAccepted();
        Details(dateOfDeath: new DateOnly(2025, 3, 5)).Decide(Contacted(), Now).ShouldBeRefusedWith(("dateOfDeath", "date-of-death-not-after-the-step"));
        Details(dateOfDeath: Born).Decide(Contacted(), Now).ShouldBeAccepted();
        Details(dateOfDeath: Born.AddDays(-1)).Decide(Contacted(), Now).ShouldBeRefusedWith(("dateOfDeath", "death-after-birth"));
    }

    [Fact]
    public void A_mother_is_female_and_her_first_child_was_born_after_her_and_by_the_step()
    {
        Details(isMother: true, firstChild: Born.AddDays(1), born: Born).Decide(Contacted(), Now).ShouldBeAccepted();
        Details(isMother: true, firstChild: Born, born: Born).Decide(Contacted(), Now)
            .ShouldBeRefusedWith(("firstChildDateOfBirth", "first-child-born-after-the-mother"));
        Details(isMother: true, firstChild: new DateOnly(2025, 3, 4)).Decide(Contacted(), Now).ShouldBeAccepted();
        Details(isMother: true, firstChild: new DateOnly(2025, 3, 5)).Decide(Contacted(), Now)
            .ShouldBeRefusedWith(("firstChildDateOfBirth", "first-child-born-by-the-step"));
        Details(isMother: true, gender: "M").Decide(Contacted(), Now).ShouldBeRefusedWith(("isMother", "mother-is-female"));
        Details(isMother: false, firstChild: new DateOnly(2024, 1, 1)).Decide(Contacted(), Now)
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
