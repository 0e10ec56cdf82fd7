using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.FrontDoor;

public sealed class RecordContactTests
{
    private static RecordContact Valid(DateTimeOffset? at = null) =>
        new(at ?? Day1, "2A", "Bruising seen at school", ConsentStatus.Given, null, OpenToEarlyHelp: true);

    [Fact]
    public void First_contact_is_number_one_and_keeps_every_detail()
    {
        Given(ChildJourney.New("C1")).When(Valid()).ShouldAppend(
            new ContactReceived(1, Day1, "2A", "Bruising seen at school", ConsentStatus.Given, null, true));
    }

    [Fact]
    public void Later_contacts_are_numbered_on_from_the_ones_before()
    {
        var journey = JourneyBuilder.Child().Contact(Day1).Contact(Day1.AddDays(1)).Journey;

        var at = Day1.AddDays(2);
        Given(journey).When(Valid(at)).ShouldAppend(
            new ContactReceived(3, at, "2A", "Bruising seen at school", ConsentStatus.Given, null, true));
    }

    [Fact]
    public void Received_just_inside_the_clock_skew_allowance_is_accepted() =>
        Given(ChildJourney.New("C1")).When(Valid(JustInsideSkew)).ShouldBeAccepted();

    [Fact]
    public void Received_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        Given(ChildJourney.New("C1")).When(Valid(JustOutsideSkew))
            .ShouldBeRefusedWith(("receivedAt", "not-in-future"));

    [Theory]
    [InlineData("1A")]
    [InlineData("2A")]
    [InlineData("3E")]
    [InlineData("4")]
    [InlineData("6")]
    [InlineData("10")]
    public void Accepts_CIN_referral_source_codes(string source) =>
        Given(ChildJourney.New("C1")).When((Valid() with { Source = source })).ShouldBeAccepted();

    [Theory]
    [InlineData("2Z")]
    [InlineData("2a")]
    [InlineData("11")]
    [InlineData("Police")]
    [InlineData(" 2A")]
    public void Refuses_sources_outside_the_CIN_code_list(string source)
    {
        var decision = Given(ChildJourney.New("C1")).When((Valid() with { Source = source }));

        decision.ShouldBeRefusedWith(("source", "cin-referral-source"));
        decision.MessageFor("cin-referral-source").ShouldContain($"'{source}'");
    }

    [Fact]
    public void Everything_missing_is_reported_at_once()
    {
        Given(ChildJourney.New("C1")).When(new RecordContact(null, null, null, null, null)).ShouldBeRefusedWith(
            ("receivedAt", "required"),
            ("source", "required"),
            ("concerns", "required"),
            ("consent", "required"));
    }

    [Fact]
    public void Blank_concerns_are_missing() =>
        Given(ChildJourney.New("C1")).When((Valid() with { Concerns = "   " }))
            .ShouldBeRefusedWith(("concerns", "required"));

    [Fact]
    public void Concerns_are_at_most_2000_characters()
    {
        Given(ChildJourney.New("C1")).When((Valid() with { Concerns = new string('x', 2000) })).ShouldBeAccepted();
        Given(ChildJourney.New("C1")).When((Valid() with { Concerns = new string('x', 2001) }))
            .ShouldBeRefusedWith(("concerns", "max-length"));
    }

    [Theory]
    [InlineData(ConsentStatus.Refused)]
    [InlineData(ConsentStatus.Overridden)]
    public void Consent_refused_or_overridden_needs_a_rationale(ConsentStatus consent)
    {
        Given(ChildJourney.New("C1")).When((Valid() with { Consent = consent }))
            .ShouldBeRefusedWith(("consentRationale", "rationale-when-consent-refused-or-overridden"));
        Given(ChildJourney.New("C1")).When((Valid() with { Consent = consent, ConsentRationale = " " }))
            .ShouldBeRefusedWith(("consentRationale", "rationale-when-consent-refused-or-overridden"));
    }

    [Fact]
    public void Overridden_consent_with_a_rationale_records_the_rationale()
    {
        var command = Valid() with { Consent = ConsentStatus.Overridden, ConsentRationale = "Risk of significant harm" };

        Given(ChildJourney.New("C1")).When(command).ShouldAppend(new ContactReceived(
            1, Day1, "2A", "Bruising seen at school", ConsentStatus.Overridden, "Risk of significant harm", true));
    }

    [Theory]
    [InlineData(ConsentStatus.Given)]
    [InlineData(ConsentStatus.NotRequired)]
    public void Consent_given_or_not_required_needs_no_rationale(ConsentStatus consent) =>
        Given(ChildJourney.New("C1")).When((Valid() with { Consent = consent })).ShouldBeAccepted();

    [Fact]
    public void Refuses_a_consent_status_that_is_not_defined() =>
        Given(ChildJourney.New("C1")).When((Valid() with { Consent = (ConsentStatus)7 }))
            .ShouldBeRefusedWith(("consent", "known-value"));

    [Fact]
    public void Future_date_bad_source_and_missing_rationale_are_all_reported()
    {
        var command = new RecordContact(JustOutsideSkew, "2Z", "Concerns", ConsentStatus.Refused, null);

        Given(ChildJourney.New("C1")).When(command).ShouldBeRefusedWith(
            ("receivedAt", "not-in-future"),
            ("source", "cin-referral-source"),
            ("consentRationale", "rationale-when-consent-refused-or-overridden"));
    }
}
