using System.Net;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Access;

/// <summary>
/// Reviewing officers (conference chairs, IROs) and personal advisers read the children in their
/// remit, named or in lists, and no other; a child stays in the remit once in it (a plan ended, care
/// left), so its history stays readable. Decision 55.
/// </summary>
public sealed class RemitTests(JourneyHost host)
{
    private readonly HttpClient _chair = host.ClientFor("chair.kate", "reviewing-officer");
    private readonly HttpClient _adviser = host.ClientFor("pa.lee", "personal-adviser");

    private async Task<(string Child, HttpClient Owner)> Held()
    {
        var team = $"Remit {Guid.NewGuid():N}"[..14];
        return (await AuthorisationMatrixTests.ChildHeldBy(host, team), host.ClientWithTeams("sw.remit", [team]));
    }

    [Fact]
    public async Task A_chair_reads_a_child_once_a_section_47_enquiry_starts_and_still_after_the_plan_ends()
    {
        var (child, owner) = await Held();
        var (other, _) = await Held();

        await Refused(_chair, $"/api/children/{child}/timeline", child);
        await Refused(_chair, $"/api/measures?childId={child}", child);
        (await Children(_chair, "/api/referrals")).ShouldNotContain(child);

        await owner.RecordOk(child, "strategy-discussions", new { heldAt = "2026-03-04T10:00:00Z", initiatesSection47 = true });
        (await _chair.Timeline(child)).Last()!["type"]!.ToString().ShouldStartWith("S");
        (await Children(_chair, "/api/referrals")).ShouldContain(child);
        (await Children(_chair, "/api/measures.csv")).ShouldContain(child);

        await owner.RecordOk(child, "section-47-enquiries/concluded", new { concludedAt = "2026-03-10T12:00:00Z", outcome = "InitialConference" });
        await _chair.RecordOk(child, "initial-conferences", new { heldAt = "2026-03-20T10:00:00Z", planRequired = true, category = "PHY" });
        await _chair.RecordOk(child, "protection-plans/ended", new { endedAt = "2026-09-20T10:00:00Z", reason = "r" });
        // The plan has ended: the child's history stays readable.
        (await _chair.Timeline(child)).Last()!["type"]!.ToString().ShouldBe("ProtectionPlanEnded");
        (await Children(_chair, "/api/protection-plans")).ShouldContain(child);

        // Another child of the same kind of team, never near child protection or care: still refused, and in no list.
        await Refused(_chair, $"/api/children/{other}/export.json", other);
        (await Children(_chair, "/api/referrals")).ShouldNotContain(other);
    }

    [Fact]
    public async Task A_chair_reads_a_looked_after_child_and_an_adviser_a_looked_after_child_of_16_or_one_with_an_adviser()
    {
        var (young, youngOwner) = await Held();
        var (older, olderOwner) = await Held();
        await youngOwner.RecordOk(young, "details", new { recordedAt = "2026-03-03T10:00:00Z", dateOfBirth = "2015-06-01", gender = "F", ethnicity = "WBRI" });
        await olderOwner.RecordOk(older, "details", new { recordedAt = "2026-03-03T10:00:00Z", dateOfBirth = "2009-06-01", gender = "M", ethnicity = "WBRI" });
        await Refused(_chair, $"/api/children/{young}/timeline", young);

        foreach (var (child, owner) in new[] { (young, youngOwner), (older, olderOwner) })
            await owner.RecordOk(child, "care", new { enteredAt = "2026-03-04T12:00:00Z", legalStatus = "V2", planned = true });

        (await _chair.GetAsync($"/api/children/{young}/timeline", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _adviser.GetAsync($"/api/children/{older}/timeline", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Refused(_adviser, $"/api/children/{young}/timeline", young);
        var entries = await Children(_adviser, "/api/looked-after/entries");
        entries.ShouldContain(older);
        entries.ShouldNotContain(young);

        // An adviser allocated to the younger child brings it into the adviser's remit.
        await youngOwner.RecordOk(young, "leaving-care/personal-advisers", new { allocatedAt = "2026-03-05T10:00:00Z", adviser = "Lee Park" });
        (await _adviser.Timeline(young)).Last()!["type"]!.ToString().ShouldBe("PersonalAdviserAllocated");
        (await Children(_adviser, "/api/looked-after/entries")).ShouldContain(young);
    }

    private static async Task<IReadOnlyList<string>> Children(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        if (url.Contains(".csv", StringComparison.Ordinal))
        {
            var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            var column = Array.IndexOf(lines[0].Split(','), "child_id");
            return lines.Skip(1).Select(l => l.Split(',')[column]).ToArray();
        }
        return System.Text.Json.Nodes.JsonNode.Parse(text)!.AsArray().Select(r => r!["childId"]!.GetValue<string>()).ToArray();
    }

    private static async Task Refused(HttpClient client, string url, string child)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        ((int)response.StatusCode).ShouldBe(403, text);
        var problem = await response.ReadJson();
        problem["rule"]!.GetValue<string>().ShouldBe("child-in-remit");
        problem["detail"]!.GetValue<string>().ShouldContain(child);
    }
}
