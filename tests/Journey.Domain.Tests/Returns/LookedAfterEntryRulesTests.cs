using Journey.Domain.Children;
using Journey.Domain.LookedAfter;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.LookedAfterJourneys;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Returns;

/// <summary>
/// The SSDA903 validator's errors refused when a step is recorded (decision 96), each at its edge: ages at entering
/// care, at a legal status, a placement and leaving care; providers and placement types; legal statuses limited in time.
/// Entering care is Tuesday 4 March 2025; leaving, Wednesday 2 April 2025.
/// </summary>
public sealed class LookedAfterEntryRulesTests
{
    private static JourneyBuilder BornOn(DateOnly born) =>
        JourneyBuilder.Child().Contacted().Apply(new RecordChildDetails(ContactAt, born, null, "F", "WBRI"));

    [Fact]
    public void Entering_care_on_the_18th_birthday_is_refused_naming_rule_352_and_the_day_before_accepted()
    {
        Given(BornOn(new DateOnly(2007, 3, 4)).Journey).When(new EnterCare(EnteredAt, "V2", false)).ShouldBeRefusedWith(("enteredAt", "ssda903-352"));
        Given(BornOn(new DateOnly(2007, 3, 5)).Journey).When(new EnterCare(EnteredAt, "V2", false)).ShouldBeAccepted();
    }

    [Fact]
    public void A_date_of_birth_recorded_after_entering_care_is_judged_by_rule_352()
    {
        var inCare = JourneyBuilder.Child().InCare().Journey;

        Given(inCare).When(new RecordChildDetails(EnteredAt, new DateOnly(2007, 3, 4), null, "F", "WBRI"))
            .ShouldBeRefusedWith(("dateOfBirth", "ssda903-352"));
        Given(inCare).When(new RecordChildDetails(EnteredAt, new DateOnly(2007, 3, 5), null, "F", "WBRI")).ShouldBeAccepted();
    }

    [Fact]
    public void A_date_of_birth_after_entering_care_is_refused_naming_rule_302()
    {
        var inCare = JourneyBuilder.Child().InCare().Journey;

        Given(inCare).When(new RecordChildDetails(EnteredAt.AddDays(2), new DateOnly(2025, 3, 5), null, "F", "WBRI"))
            .ShouldBeRefusedWith(("dateOfBirth", "ssda903-302"));
        Given(inCare).When(new RecordChildDetails(EnteredAt.AddDays(2), new DateOnly(2025, 3, 4), null, "F", "WBRI")).ShouldBeAccepted();
    }

    [Fact]
    public void Missing_on_the_day_of_birth_is_refused_naming_rule_586_and_the_day_after_accepted()
    {
        var born = BornOn(new DateOnly(2025, 3, 3)).Journey;

        Given(born).When(new Domain.Missing.RecordMissing(At("2025-03-03T21:00:00+00:00"))).ShouldBeRefusedWith(("missingFrom", "ssda903-586"));
        Given(born).When(new Domain.Missing.RecordMissing(At("2025-03-04T00:00:00+00:00"))).ShouldBeAccepted();
    }

    [Fact]
    public void A_youth_justice_legal_status_up_to_the_10th_birthday_is_refused_naming_rule_358()
    {
        Given(BornOn(new DateOnly(2015, 3, 4)).Journey).When(new EnterCare(EnteredAt, "J1", false)).ShouldBeRefusedWith(("legalStatus", "ssda903-358"));
        Given(BornOn(new DateOnly(2015, 3, 3)).Journey).When(new EnterCare(EnteredAt, "J1", false)).ShouldBeAccepted();
    }

    [Fact]
    public void A_placement_in_youth_custody_before_the_10th_birthday_is_refused_naming_rule_372()
    {
        Given(BornOn(new DateOnly(2015, 3, 5)).EnteredCare(EnteredAt).Journey).When(new StartPlacement(FirstPlacementAt, "R5"))
            .ShouldBeRefusedWith(("placementType", "ssda903-372"));
        Given(BornOn(new DateOnly(2015, 3, 4)).EnteredCare(EnteredAt).Journey).When(new StartPlacement(FirstPlacementAt, "R5")).ShouldBeAccepted();
    }

    [Theory]
    [InlineData("PR1", "P1", "ssda903-527")]
    [InlineData("PR2", "R5", "ssda903-528")]
    [InlineData("PR3", "U4", "ssda903-529")]
    [InlineData("PR4", "P1", "ssda903-530")]
    [InlineData("PR5", "P1", "ssda903-531")]
    [InlineData("PR0", "U6", "ssda903-550")]
    public void A_provider_who_cannot_provide_the_placement_type_is_refused(string provider, string type, string rule) =>
        Given(JourneyBuilder.Child().InCare().Journey).When(new StartPlacement(FirstPlacementAt, type, PlacementProvider: provider))
            .ShouldBeRefusedWith(("placementProvider", rule));

    [Theory]
    [InlineData("PR1", "U6")]
    [InlineData("PR3", "R2")]
    [InlineData("PR0", "P1")]
    public void A_provider_who_can_provide_the_placement_type_is_accepted(string provider, string type) =>
        Given(JourneyBuilder.Child().InCare().Journey).When(new StartPlacement(FirstPlacementAt, type, PlacementProvider: provider)).ShouldBeAccepted();

    [Fact]
    public void Leaving_care_adopted_on_the_18th_birthday_is_refused_naming_rule_386_and_the_day_before_accepted()
    {
        Given(BornOn(new DateOnly(2007, 4, 2)).EnteredCare(EnteredAt).Placed(FirstPlacementAt).Journey).When(new LeaveCare(LeftAt, "E11"))
            .ShouldBeRefusedWith(("reasonCeased", "ssda903-386"));
        Given(BornOn(new DateOnly(2007, 4, 3)).EnteredCare(EnteredAt).Placed(FirstPlacementAt).Journey).When(new LeaveCare(LeftAt, "E11"))
            .ShouldBeAccepted();
    }

    [Fact]
    public void Staying_put_at_18_before_the_18th_birthday_is_refused_naming_rule_460()
    {
        Given(BornOn(new DateOnly(2007, 4, 3)).EnteredCare(EnteredAt).Placed(FirstPlacementAt).Journey).When(new LeaveCare(LeftAt, "E17"))
            .ShouldBeRefusedWith(("reasonCeased", "ssda903-460"));
        Given(BornOn(new DateOnly(2007, 4, 2)).EnteredCare(EnteredAt).Placed(FirstPlacementAt).Journey).When(new LeaveCare(LeftAt, "E17"))
            .ShouldBeAccepted();
    }

    [Fact]
    public void Police_protection_ending_more_than_3_days_after_it_began_is_refused_naming_rule_361()
    {
        var underPolice = JourneyBuilder.Child().Contacted().EnteredCare(EnteredAt, "L1", planned: false).Journey;

        Given(underPolice).When(new ChangeLegalStatus(EnteredAt.AddDays(3), "L2")).ShouldBeAccepted();
        Given(underPolice).When(new ChangeLegalStatus(EnteredAt.AddDays(4), "L2")).ShouldBeRefusedWith(("changedAt", "ssda903-361"));
        Given(underPolice).When(new LeaveCare(EnteredAt.AddDays(4), "E4A")).ShouldBeRefusedWith(("leftAt", "ssda903-361"));
    }

    [Fact]
    public void UASC_status_ceasing_after_the_18th_birthday_is_refused_naming_rule_304()
    {
        var uasc = JourneyBuilder.Child().Contacted().Apply(new RecordChildDetails(ContactAt, new DateOnly(2007, 3, 10), null, "M", "OOTH"))
            .EnteredCare(EnteredAt, "V2", planned: false, uasc: true).Journey;

        Given(uasc).When(new EndUascStatus(At("2025-03-10T12:00:00+00:00"))).ShouldBeAccepted();
        Given(uasc).When(new EndUascStatus(At("2025-03-11T00:00:00+00:00"))).ShouldBeRefusedWith(("ceasedAt", "ssda903-304"));
    }
}
