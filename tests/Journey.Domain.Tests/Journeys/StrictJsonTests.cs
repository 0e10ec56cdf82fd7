using System.Text.Json;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;

namespace Journey.Domain.Tests.Journeys;

/// <summary>
/// How a step's data is read (StepCommands, the import's and a stored fact's; the API's body uses the
/// same converters): an instant only with its offset, a code name only exactly as documented (decision 69).
/// </summary>
public sealed class StrictJsonTests
{
    private static RecordContact Read(string receivedAt = "\"2026-03-02T09:00:00Z\"", string consent = "\"Given\"") =>
        JsonSerializer.Deserialize<RecordContact>(
            $$"""{"receivedAt":{{receivedAt}},"source":"2A","concerns":"c","consent":{{consent}},"consentRationale":null}""", StepCommands.StrictJson)!;

    [Theory]
    [InlineData("2026-03-02T09:00:00Z", "2026-03-02T09:00:00+00:00")]
    [InlineData("2026-03-02T09:00Z", "2026-03-02T09:00:00+00:00")]
    [InlineData("2026-03-02T09:00:00.1234567Z", "2026-03-02T09:00:00.1234567+00:00")]
    [InlineData("2026-07-02T10:00:00+01:00", "2026-07-02T09:00:00+00:00")]
    [InlineData("2026-03-02T04:00:00-05:00", "2026-03-02T09:00:00+00:00")]
    [InlineData("2026-03-02T23:00:00+14:00", "2026-03-02T09:00:00+00:00")]
    public void An_instant_with_its_offset_is_read_as_that_instant(string text, string utc) =>
        Read(receivedAt: $"\"{text}\"").ReceivedAt!.Value.ShouldBe(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("\"2026-03-02T09:00:00\"")]       // no offset: was read in the server's time zone
    [InlineData("\"2026-03-02T09:00:00.5\"")]
    [InlineData("\"2026-03-02\"")]                // a date alone: was read as its midnight
    [InlineData("\"2026-03-02T09:00:00+0100\"")]  // an offset without its colon
    [InlineData("\"2026-03-02T09:00:00+01\"")]
    [InlineData("\"2026-03-02T09:00:00z\"")]
    [InlineData("\"2026-03-02 09:00:00Z\"")]
    [InlineData("\"2026-03-02T09:00:00+15:00\"")] // beyond ±14:00
    [InlineData("\"2026-02-30T09:00:00Z\"")]
    [InlineData("\" 2026-03-02T09:00:00Z\"")]
    [InlineData("\"2026-03-02T09:00:00Z\\n\"")]
    [InlineData("20260302")]
    public void An_instant_without_its_offset_or_not_ISO_is_refused(string receivedAt) =>
        Should.Throw<JsonException>(() => Read(receivedAt: receivedAt)).Message.ShouldContain("$.receivedAt");

    [Theory]
    [InlineData("\"given\"")]
    [InlineData("\"GIVEN\"")]
    [InlineData("\" Given\"")]
    [InlineData("\"Given \"")]
    [InlineData("\"Given, Refused\"")]
    [InlineData("\"Given,Refused\"")]
    [InlineData("\"0\"")]
    [InlineData("\"1\"")]
    [InlineData("0")]
    [InlineData("\"\"")]
    public void A_code_name_in_another_case_spelling_or_as_a_number_is_refused(string consent) =>
        Should.Throw<JsonException>(() => Read(consent: consent)).Message.ShouldContain("$.consent");

    [Fact]
    public void Every_code_name_is_read_exactly_as_written_and_written_back_the_same()
    {
        foreach (var name in Enum.GetNames<ConsentStatus>())
            Read(consent: $"\"{name}\"").Consent.ShouldBe(Enum.Parse<ConsentStatus>(name));
        var written = JsonSerializer.SerializeToNode(Read(consent: "\"NotRequired\""), StepCommands.Json)!;
        written["consent"]!.GetValue<string>().ShouldBe("NotRequired");
        written["receivedAt"]!.GetValue<string>().ShouldBe("2026-03-02T09:00:00+00:00");
    }

    [Fact]
    public void A_stored_fact_still_turns_back_into_its_command()
    {
        var fact = new ContactReceived(1, DateTimeOffset.Parse("2026-03-02T09:00:00+01:00", System.Globalization.CultureInfo.InvariantCulture), "2A", "c", ConsentStatus.Overridden, "why", true);
        var command = StepCommands.FromFact(fact).ShouldBeOfType<RecordContact>();
        command.Consent.ShouldBe(ConsentStatus.Overridden);
        command.ReceivedAt.ShouldBe(fact.OccurredAt);
    }
}
