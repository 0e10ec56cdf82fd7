using System.Net;
using System.Text.Json.Nodes;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Access;

/// <summary>
/// A write is checked against the writer's read scope before any rule of the journey runs or its
/// version is compared: outside it, 403 (logged) saying no more than a refusal for a child that does
/// not exist would (no rule of the journey, no version, no holding team); inside it, the journey's own
/// 400 and 409 as ever. Decision 61.
/// </summary>
public sealed class RefusedWriteTests(JourneyHost host)
{
    private readonly HttpClient _chair = host.ClientFor("chair.kate", "reviewing-officer");
    private readonly HttpClient _adviser = host.ClientFor("pa.lee", "personal-adviser");

    /// <summary>What would break a rule, or a stale version, for each caller outside the child's scope.</summary>
    public static TheoryData<string, string, string> OutsideTheWritersScope => new()
    {
        // caller, step, body (JSON) — each would be refused by the journey's rules (400) or its version (409) if it were let through
        { "reviewing-officer", "initial-conferences", """{"heldAt":"2026-03-20T10:00:00Z","planRequired":true,"category":"PHY"}""" },
        { "personal-adviser", "leaving-care/pathway-plans", """{"recordedAt":"2026-03-04T11:00:00Z","isReview":true}""" },
        { "other-team", "contacts", """{"receivedAt":"2026-03-04T09:00:00Z","source":"6","concerns":"c","consent":"NotRequired","expectedVersion":1}""" },
        { "front-door", "contacts", """{"receivedAt":"2026-03-04T09:00:00Z","source":"6","concerns":"c","consent":"NotRequired","expectedVersion":1}""" },
        { "other-team", "assessments/started", """{"startedAt":"2026-03-04T10:00:00Z","expectedVersion":1}""" },
    };

    [Theory, MemberData(nameof(OutsideTheWritersScope))]
    public async Task A_write_outside_the_writers_scope_is_refused_saying_nothing_a_child_that_does_not_exist_would_not(string caller, string step, string body)
    {
        var team = $"Writes {Guid.NewGuid():N}"[..16];
        var child = await AuthorisationMatrixTests.ChildHeldBy(host, team);
        var client = caller switch
        {
            "reviewing-officer" => _chair,
            "personal-adviser" => _adviser,
            "front-door" => host.ClientWithTeams("mash.worker.amy", [AuthorisationMatrixTests.FrontDoor]),
            _ => host.ClientWithTeams("sw.elsewhere", ["Another team"]),
        };

        var (refused, correlation) = await Post(client, child, step, body);

        var text = await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden, text);
        text.ShouldNotContain(team);
        text.ShouldNotContain("version", Case.Insensitive);
        // Word for word what a child held by another team with another history gets, and (but at the front door, which
        // records a new child's contact) a child nobody has heard of: the refusal tells nothing of this child's journey.
        var elsewhere = await AuthorisationMatrixTests.ChildHeldBy(host, $"Elsewhere {Guid.NewGuid():N}"[..16], at: "2025-06");
        string[] others = caller == "front-door" ? [elsewhere] : [elsewhere, JourneyApi.NewChildId()];
        foreach (var other in others)
        {
            var (answer, _) = await Post(client, other, step, body);
            answer.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            Comparable(await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), other).ShouldBe(Comparable(text, child));
        }
        var problem = JsonNode.Parse(text)!.AsObject();

        var row = (await AccessLogRows.ByCorrelation(host, correlation)).ShouldHaveSingleItem();
        (row.Method, row.View, row.RefusedRule).ShouldBe(("POST", "/api/children/{childId}/" + step, problem["rule"]!.GetValue<string>()));
        row.ChildIds.ShouldBe([child]);
        (await host.ClientWithTeams("sw.owner", [team]).Timeline(child)).Count.ShouldBe(4, "nothing stored");
    }

    [Fact]
    public async Task Inside_the_writers_scope_the_journeys_own_400_and_409_still_answer()
    {
        var team = $"Writes {Guid.NewGuid():N}"[..16];
        var child = await AuthorisationMatrixTests.ChildHeldBy(host, team);
        var owner = host.ClientWithTeams("sw.owner", [team]);

        // The holding team: a stale version is a 409 naming it.
        var stale = await owner.Record(child, "contacts", new { receivedAt = "2026-03-04T09:00:00Z", source = "6", concerns = "c", consent = "NotRequired", expectedVersion = 1 });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // A chair once the child is in the remit (a section 47 enquiry open): the conference rule is a 400.
        await owner.RecordOk(child, "strategy-discussions", new { heldAt = "2026-03-04T10:00:00Z", initiatesSection47 = true });
        var early = await _chair.Record(child, "initial-conferences", new { heldAt = "2026-03-20T10:00:00Z", planRequired = true, category = "PHY" });
        early.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await early.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        // An adviser allocated to a looked-after 16-year-old by the adviser: in the remit by age and care; a review with no plan is a 400.
        await owner.RecordOk(child, "details", new { recordedAt = "2026-03-03T10:00:00Z", dateOfBirth = "2009-06-01", gender = "F", ethnicity = "WBRI" });
        await owner.RecordOk(child, "care", new { enteredAt = "2026-03-05T12:00:00Z", legalStatus = "V2", planned = true });
        await _adviser.RecordOk(child, "leaving-care/personal-advisers", new { allocatedAt = "2026-03-06T10:00:00Z", adviser = "Lee Park" });
        var review = await _adviser.Record(child, "leaving-care/pathway-plans", new { recordedAt = "2026-03-07T11:00:00Z", isReview = true });
        review.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await review.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>A problem's JSON without its trace id, the child named as {child}.</summary>
    private static string Comparable(string problem, string child)
    {
        var json = JsonNode.Parse(problem)!.AsObject();
        json.Remove("traceId");
        return json.ToJsonString().Replace(child, "{child}");
    }

    private static async Task<(HttpResponseMessage Response, string CorrelationId)> Post(HttpClient client, string child, string step, string body)
    {
        var correlation = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/children/{child}/{step}")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Correlation-ID", correlation);
        return (await client.SendAsync(request, TestContext.Current.CancellationToken), correlation);
    }
}
