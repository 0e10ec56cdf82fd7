using Journey.Domain.Journeys;
using Journey.Domain.LeavingCare;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.LookedAfterJourneys;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.LeavingCare;

public sealed class RecordCareLeaverContactTests
{
    private static readonly DateTimeOffset ContactedAt = LeftAt.AddDays(10);

    private static ChildJourney CareLeaver() => JourneyBuilder.Child().CareLeaver().Journey; // left period 1 at LeftAt

    [Fact]
    public void Records_the_OC3_facts_as_they_stood() =>
        Given(CareLeaver()).When(new RecordCareLeaverContact(ContactedAt, "YES", "F2", "B", true))
            .ShouldAppend(new CareLeaverContactMade(ContactedAt, "YES", "F2", "B", true));

    [Fact]
    public void Activity_and_accommodation_are_optional() =>
        Given(CareLeaver()).When(new RecordCareLeaverContact(ContactedAt, "NO"))
            .ShouldAppend(new CareLeaverContactMade(ContactedAt, "NO", null, null, null));

    [Fact]
    public void Unsuitable_accommodation_is_recorded_as_such() =>
        Given(CareLeaver()).When(new RecordCareLeaverContact(ContactedAt, "YES", null, "W", false))
            .ShouldAppend(new CareLeaverContactMade(ContactedAt, "YES", null, "W", false));

    [Theory]
    [InlineData("YES")]
    [InlineData("NO")]
    [InlineData("DIED")]
    [InlineData("REFU")]
    [InlineData("NREQ")]
    [InlineData("RHOM")]
    public void Accepts_every_OC3_in_touch_code(string inTouch) =>
        Given(CareLeaver()).When(new RecordCareLeaverContact(ContactedAt, inTouch))
            .ShouldAppend(new CareLeaverContactMade(ContactedAt, inTouch, null, null, null));

    [Theory]
    [InlineData("yes")]
    [InlineData("Y")]
    [InlineData("YES ")]
    [InlineData("REFUSED")]
    [InlineData("")]
    public void Refuses_in_touch_outside_the_OC3_list(string inTouch)
    {
        var decision = Given(CareLeaver()).When(new RecordCareLeaverContact(ContactedAt, inTouch));

        decision.ShouldBeRefusedWith(("inTouch", "oc3-in-touch"));
        decision.MessageFor("oc3-in-touch").ShouldContain($"'{inTouch}'");
    }

    [Fact]
    public void In_touch_is_required() =>
        Given(CareLeaver()).When(new RecordCareLeaverContact(ContactedAt, null)).ShouldBeRefusedWith(("inTouch", "required"));

    [Theory]
    [InlineData("F1")]
    [InlineData("P1")]
    [InlineData("F2")]
    [InlineData("P2")]
    [InlineData("F4")]
    [InlineData("P4")]
    [InlineData("G4")]
    [InlineData("G5")]
    [InlineData("G6")]
    public void Accepts_every_OC3_activity(string activity) =>
        Given(CareLeaver()).When(new RecordCareLeaverContact(ContactedAt, "YES", activity))
            .ShouldAppend(new CareLeaverContactMade(ContactedAt, "YES", activity, null, null));

    [Theory]
    [InlineData("F3")]
    [InlineData("f1")]
    [InlineData("U6")] // a placement type
    [InlineData("NEET")]
    [InlineData("")]
    public void Refuses_an_activity_outside_the_OC3_list(string activity)
    {
        var decision = Given(CareLeaver()).When(new RecordCareLeaverContact(ContactedAt, "YES", activity));

        decision.ShouldBeRefusedWith(("activity", "oc3-activity"));
        decision.MessageFor("oc3-activity").ShouldContain($"'{activity}'");
    }

    [Theory]
    [InlineData("B")]
    [InlineData("C")]
    [InlineData("D")]
    [InlineData("E")]
    [InlineData("G")]
    [InlineData("H")]
    [InlineData("K")]
    [InlineData("R")]
    [InlineData("S")]
    [InlineData("T")]
    [InlineData("U")]
    [InlineData("V")]
    [InlineData("W")]
    [InlineData("X")]
    [InlineData("Y")]
    [InlineData("Z")]
    public void Accepts_every_OC3_accommodation(string accommodation) =>
        Given(CareLeaver()).When(new RecordCareLeaverContact(ContactedAt, "YES", null, accommodation, true))
            .ShouldAppend(new CareLeaverContactMade(ContactedAt, "YES", null, accommodation, true));

    [Theory]
    [InlineData("A")]
    [InlineData("F")]
    [InlineData("b")]
    [InlineData("Z1")] // a placement type
    [InlineData("Flat")]
    [InlineData("")]
    public void Refuses_accommodation_outside_the_OC3_list(string accommodation)
    {
        var decision = Given(CareLeaver()).When(new RecordCareLeaverContact(ContactedAt, "YES", null, accommodation, true));

        decision.ShouldBeRefusedWith(("accommodation", "oc3-accommodation"));
        decision.MessageFor("oc3-accommodation").ShouldContain($"'{accommodation}'");
    }

    [Fact]
    public void Accommodation_needs_to_say_whether_it_is_suitable() =>
        Given(CareLeaver()).When(new RecordCareLeaverContact(ContactedAt, "YES", "F2", "B"))
            .ShouldBeRefusedWith(("accommodationSuitable", "suitability-with-accommodation"));

    [Fact]
    public void Suitability_without_accommodation_is_kept() =>
        Given(CareLeaver()).When(new RecordCareLeaverContact(ContactedAt, "NO", null, null, false))
            .ShouldAppend(new CareLeaverContactMade(ContactedAt, "NO", null, null, false));

    [Fact]
    public void Needs_a_care_leaver_not_a_child_still_in_care() =>
        Given(JourneyBuilder.Child().InCarePlaced().Journey).When(new RecordCareLeaverContact(EnteredAt.AddDays(5), "YES"))
            .ShouldBeRefusedWith(("contactedAt", "needs-care-leaver"));

    [Fact]
    public void Needs_a_care_leaver_not_a_child_never_in_care()
    {
        Given(ChildJourney.New("C1")).When(new RecordCareLeaverContact(ContactedAt, "YES"))
            .ShouldBeRefusedWith(("contactedAt", "needs-care-leaver"));
        Given(JourneyBuilder.Child().Referred().Journey).When(new RecordCareLeaverContact(ContactedAt, "YES"))
            .ShouldBeRefusedWith(("contactedAt", "needs-care-leaver"));
    }

    [Fact]
    public void Needs_a_care_leaver_not_a_child_back_in_care() =>
        Given(JourneyBuilder.Child().BackInCare().Journey).When(new RecordCareLeaverContact(ReEnteredAt.AddDays(1), "YES"))
            .ShouldBeRefusedWith(("contactedAt", "needs-care-leaver"));

    [Fact]
    public void A_child_who_left_care_again_is_a_care_leaver_again()
    {
        var leftAgainAt = ReEnteredAt.AddDays(10);
        var journey = JourneyBuilder.Child().BackInCare().LeftCare(leftAgainAt).Journey;

        Given(journey).When(new RecordCareLeaverContact(leftAgainAt.AddDays(1), "YES"))
            .ShouldAppend(new CareLeaverContactMade(leftAgainAt.AddDays(1), "YES", null, null, null));
    }

    [Fact]
    public void May_be_contacted_at_the_instant_the_child_left_care() =>
        Given(CareLeaver()).When(new RecordCareLeaverContact(LeftAt, "YES")).ShouldAppend(new CareLeaverContactMade(LeftAt, "YES", null, null, null));

    [Fact]
    public void Contacted_just_inside_the_clock_skew_allowance() =>
        Given(CareLeaver()).When(new RecordCareLeaverContact(JustInsideSkew, "YES"))
            .ShouldAppend(new CareLeaverContactMade(JustInsideSkew, "YES", null, null, null));

    [Fact]
    public void Contacted_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        Given(CareLeaver()).When(new RecordCareLeaverContact(JustOutsideSkew, "YES")).ShouldBeRefusedWith(("contactedAt", "not-in-future"));

    [Fact]
    public void Everything_wrong_is_reported_at_once() =>
        Given(ChildJourney.New("C1")).When(new RecordCareLeaverContact(null, null, "X1", "A")).ShouldBeRefusedWith(
            ("contactedAt", "required"),
            ("inTouch", "required"),
            ("activity", "oc3-activity"),
            ("accommodation", "oc3-accommodation"),
            ("accommodationSuitable", "suitability-with-accommodation"),
            ("contactedAt", "needs-care-leaver"));

    // Back-dating. needs-care-leaver asks whether the child has left care by now, not by the date given.

    [Fact]
    public void Cannot_be_dated_before_the_child_left_care() =>
        Given(CareLeaver()).When(new RecordCareLeaverContact(LeftAt - Tick, "YES"))
            .ShouldBeRefusedWith(("contactedAt", "needs-care-leaver"));

    [Fact]
    public void Cannot_be_dated_before_the_child_ever_entered_care() =>
        Given(CareLeaver()).When(new RecordCareLeaverContact(ContactAt, "YES"))
            .ShouldBeRefusedWith(("contactedAt", "needs-care-leaver"));
}
