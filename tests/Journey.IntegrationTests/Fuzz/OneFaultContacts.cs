using System.Text.Json.Nodes;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Fuzz;

/// <summary>
/// A contact for a new child that every rule of the journey accepts but for one fault of form, in a body
/// or an import line: a control character in its text, a time without its offset, a code name not as
/// documented (decision 69). Only such a request reaches the database when the form is not checked (any
/// other fault is refused first), so only it shows what the service then stores and logs. Its text holds
/// <see cref="RecordedText"/>, which the fuzz test requires the service's log never to hold.
/// </summary>
public sealed class OneFaultContacts(Random random)
{
    /// <summary>Text a practitioner records: in every string the fuzz sends, and never in the service's log.</summary>
    public const string RecordedText = "recorded-text-4b7e1f";

    private static readonly char[] ControlCharacters = ['\u0000', '\u0001', '\u0008', '\u000b', '\u001b', '\u007f', '\u0085', '\u009f'];

    private static readonly string[] WithoutOffset = ["2026-03-02T09:00:00", "2026-03-02T09:00", "2026-03-02T09:00:00.123", "2026-03-02"];

    private static readonly string[] NotAsDocumented = ["given", "GIVEN", " Given", "Given ", "Given, Refused", "Given,Refused"];

    public MalformedRequest Body()
    {
        var (kind, contact) = Contact();
        return new MalformedRequest($"one-fault {kind}", HttpMethod.Post, $"/api/children/{JourneyApi.NewChildId()}/contacts",
            System.Text.Encoding.UTF8.GetBytes(contact.ToJsonString()), "application/json");
    }

    /// <summary>An import line of such a contact, the fault in its data or its time, or in its recorder's name.</summary>
    public string ImportLine()
    {
        var inRecorder = random.Next(4) == 0;
        var contact = inRecorder ? Valid() : Contact().Contact;
        var occurredAt = contact["receivedAt"]!.GetValue<string>();
        contact.Remove("receivedAt");
        return new JsonObject
        {
            ["childId"] = JourneyApi.NewChildId(),
            ["type"] = "ContactReceived",
            ["occurredAt"] = occurredAt,
            ["recordedAt"] = "2026-03-02T10:00:00Z",
            ["recordedBy"] = inRecorder ? $"legacy.worker{ControlCharacters[random.Next(ControlCharacters.Length)]}{RecordedText}" : "legacy.worker",
            ["data"] = contact,
        }.ToJsonString();
    }

    private static JsonObject Valid() => new()
    {
        ["receivedAt"] = "2026-03-02T09:00:00Z",
        ["source"] = "2A",
        ["concerns"] = $"{RecordedText} seen at school",
        ["consent"] = "Given",
    };

    private (string Kind, JsonObject Contact) Contact()
    {
        var contact = Valid();
        switch (random.Next(3))
        {
            case 0:
                var control = ControlCharacters[random.Next(ControlCharacters.Length)];
                var field = random.Next(2) == 0 ? "concerns" : "consentRationale";
                if (field == "consentRationale") contact["consent"] = "Refused";
                contact[field] = $"{RecordedText}{control} said by the child";
                return ($"control-character U+{(int)control:X4} in {field}", contact);
            case 1:
                contact["receivedAt"] = WithoutOffset[random.Next(WithoutOffset.Length)];
                return ("instant-without-offset", contact);
            default:
                contact["consent"] = NotAsDocumented[random.Next(NotAsDocumented.Length)];
                return ("code-name-not-as-documented", contact);
        }
    }
}
