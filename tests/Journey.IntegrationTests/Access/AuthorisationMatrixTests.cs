using System.Net;
using System.Security.Claims;
using System.Text;
using Journey.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static Journey.IntegrationTests.Access.AuthorisationMatrixTests.Caller;

namespace Journey.IntegrationTests.Access;

/// <summary>
/// Who may call every endpoint: the endpoints are enumerated from the running service, so one
/// added without an entry in <see cref="Matrix"/> fails here. Each endpoint is called as each kind
/// of caller, for a child held by one team: allowed means neither 401 nor 403 (an empty body is then
/// refused by the rules with 400, so nothing is written), refused means 403 with a problem naming
/// the rule, and without a token 401. Decisions 51, 60 and 61 in docs/decisions.md.
/// </summary>
public sealed class AuthorisationMatrixTests(JourneyHost host)
{
    public enum Caller
    {
        Practitioner, PractitionerOfAnotherTeam, FrontDoorPractitioner, TeamManager, ReviewingOfficer, PersonalAdviser,
        Analyst, Auditor, Administrator, Importer, ReturnsOfficer, UnknownRole,
    }

    private static readonly Caller[] Step = [Practitioner, TeamManager];
    // The matrix's child is referred and allocated, no more: in no reviewing officer's or personal adviser's remit (RemitTests),
    // so they may neither read it nor record their steps for it, and a new concern about it is the holding team's, not the
    // front door's: every write is within the writer's read scope (decisions 60 and 61).
    private static readonly Caller[] Contact = Step;
    private static readonly Caller[] Conference = Step;
    private static readonly Caller[] LeavingCare = Step;
    private static readonly Caller[] ChildRecord = [Practitioner, TeamManager, Auditor];
    private static readonly Caller[] Rows = [Practitioner, PractitionerOfAnotherTeam, FrontDoorPractitioner, TeamManager, ReviewingOfficer, PersonalAdviser, Analyst, Auditor];
    private static readonly Caller[] Family = [Practitioner, PractitionerOfAnotherTeam, FrontDoorPractitioner, TeamManager, ReviewingOfficer, PersonalAdviser, Auditor];
    private static readonly Caller[] Aggregates = [Practitioner, PractitionerOfAnotherTeam, FrontDoorPractitioner, TeamManager, ReviewingOfficer, PersonalAdviser, Analyst, Auditor];
    private static readonly Caller[] Operations = [Administrator, Auditor, Analyst];
    private static readonly Caller[] AccessLog = [Auditor];
    private static readonly Caller[] Verify = [Auditor, Administrator];
    private static readonly Caller[] Administer = [Administrator];
    private static readonly Caller[] Import = [Importer, Administrator];
    private static readonly Caller[] Retention = [Administrator, Auditor];
    // The returns hold every child's real identity: their officer's, and auditors' reconciling what was sent; never analysts' (decision 82).
    private static readonly Caller[] Returns = [ReturnsOfficer, Auditor];
    // The return-readiness list is a work list: a team manager's for their teams' children, beside the returns' readers (decision 99).
    private static readonly Caller[] Readiness = [TeamManager, ReturnsOfficer, Auditor];

    /// <summary>Endpoints whose allowed call would change the whole store: their allowed callers are checked against the endpoint's policy without running it.</summary>
    private static readonly HashSet<string> NotRun = ["POST /api/admin/rebuild"];

    /// <summary>Every endpoint and who may call it.</summary>
    public static readonly IReadOnlyDictionary<string, Caller[]> Matrix = new Dictionary<string, Caller[]>
    {
        ["POST /api/admin/rebuild"] = Administer,
        ["GET /api/care-leavers/in-touch"] = Rows,
        ["GET /api/care-leavers/in-touch.csv"] = Rows,
        ["GET /api/child-in-need-plans/visits"] = Rows,
        ["GET /api/access-log"] = AccessLog,
        ["GET /api/children/{childId}/access-log"] = AccessLog,
        ["POST /api/children/{childId}/allocations"] = Step,
        ["POST /api/children/{childId}/assessments/authorised"] = Step,
        ["POST /api/children/{childId}/assessments/completed"] = Step,
        ["POST /api/children/{childId}/assessments/started"] = Step,
        ["POST /api/children/{childId}/care"] = Step,
        ["POST /api/children/{childId}/care-proceedings"] = Step,
        ["POST /api/children/{childId}/care-proceedings/extensions"] = Step,
        ["POST /api/children/{childId}/care-proceedings/final-orders"] = Step,
        ["POST /api/children/{childId}/care-proceedings/hearings"] = Step,
        ["POST /api/children/{childId}/care-proceedings/interim-orders"] = Step,
        ["POST /api/children/{childId}/care/adoption-decision-reversals"] = Step,
        ["POST /api/children/{childId}/care/adoption-steps"] = Step,
        ["POST /api/children/{childId}/care/care-order-discharges"] = Step,
        ["POST /api/children/{childId}/care/care-plans"] = Step,
        ["POST /api/children/{childId}/care/education-plans"] = Step,
        ["POST /api/children/{childId}/care/health-assessments"] = Step,
        ["POST /api/children/{childId}/care/left"] = Step,
        ["POST /api/children/{childId}/care/legal-status-changes"] = Step,
        ["POST /api/children/{childId}/care/permanence-plans"] = Step,
        ["POST /api/children/{childId}/care/placements"] = Step,
        ["POST /api/children/{childId}/care/reviews"] = Conference,
        ["POST /api/children/{childId}/care/reviews-not-held"] = Conference,
        ["POST /api/children/{childId}/care/strengths-and-difficulties"] = Step,
        ["POST /api/children/{childId}/care/substance-misuse"] = Step,
        ["POST /api/children/{childId}/care/uasc-status-ceased"] = Step,
        ["POST /api/children/{childId}/care/visits"] = Step,
        ["POST /api/children/{childId}/care/youth-justice-outcomes"] = Step,
        ["POST /api/children/{childId}/child-in-need-plans"] = Step,
        ["POST /api/children/{childId}/child-in-need-plans/ended"] = Step,
        ["POST /api/children/{childId}/child-in-need-plans/reviews"] = Step,
        ["POST /api/children/{childId}/child-in-need-plans/visits"] = Step,
        ["POST /api/children/{childId}/closures"] = Step,
        ["POST /api/children/{childId}/contacts"] = Contact,
        ["POST /api/children/{childId}/corrections"] = Step,
        ["POST /api/children/{childId}/details"] = Step,
        ["POST /api/children/{childId}/disposal"] = Administer,
        ["POST /api/children/{childId}/early-help"] = Step,
        ["POST /api/children/{childId}/early-help/closed"] = Step,
        ["POST /api/children/{childId}/early-help/plans"] = Step,
        ["POST /api/children/{childId}/early-help/reviews"] = Step,
        ["POST /api/children/{childId}/early-help/step-downs"] = Step,
        ["POST /api/children/{childId}/early-help/step-up-decisions"] = Step,
        ["POST /api/children/{childId}/exploitation-risks"] = Step,
        ["GET /api/children/{childId}/export.html"] = ChildRecord,
        ["GET /api/children/{childId}/export.json"] = ChildRecord,
        ["POST /api/children/{childId}/family"] = Step,
        ["POST /api/children/{childId}/family/unlinked"] = Step,
        ["POST /api/children/{childId}/finalisations"] = Step,
        ["POST /api/children/{childId}/front-door-decisions"] = Step,
        ["POST /api/children/{childId}/front-door-decisions/challenges"] = Step,
        ["POST /api/children/{childId}/homeless-presentations"] = Step,
        ["POST /api/children/{childId}/initial-conferences"] = Conference,
        ["POST /api/children/{childId}/initial-conferences/schedules"] = Conference,
        ["POST /api/children/{childId}/leaving-care/contacts"] = LeavingCare,
        ["POST /api/children/{childId}/leaving-care/needs-assessments"] = LeavingCare,
        ["POST /api/children/{childId}/leaving-care/pathway-plans"] = LeavingCare,
        ["POST /api/children/{childId}/leaving-care/personal-advisers"] = LeavingCare,
        ["POST /api/children/{childId}/missing-episodes"] = Step,
        ["POST /api/children/{childId}/missing-episodes/return-interviews"] = Step,
        ["POST /api/children/{childId}/missing-episodes/returns"] = Step,
        ["POST /api/children/{childId}/pre-proceedings"] = Step,
        ["POST /api/children/{childId}/pre-proceedings/assessments"] = Step,
        ["POST /api/children/{childId}/pre-proceedings/concluded"] = Step,
        ["POST /api/children/{childId}/pre-proceedings/escalations"] = Step,
        ["POST /api/children/{childId}/pre-proceedings/family-group-conference-offers"] = Step,
        ["POST /api/children/{childId}/pre-proceedings/family-group-conferences"] = Step,
        ["POST /api/children/{childId}/pre-proceedings/letters"] = Step,
        ["POST /api/children/{childId}/pre-proceedings/meetings"] = Step,
        ["POST /api/children/{childId}/private-fostering"] = Step,
        ["POST /api/children/{childId}/protection-plans/category-changes"] = Conference,
        ["POST /api/children/{childId}/protection-plans/core-groups"] = Step,
        ["POST /api/children/{childId}/protection-plans/ended"] = Conference,
        ["POST /api/children/{childId}/protection-plans/midway-reviews"] = Conference,
        ["POST /api/children/{childId}/protection-plans/review-conferences"] = Conference,
        ["POST /api/children/{childId}/protection-plans/transfers-in"] = Step,
        ["POST /api/children/{childId}/protection-plans/transfers-out"] = Step,
        ["POST /api/children/{childId}/protection-plans/visits"] = Step,
        ["POST /api/children/{childId}/referrals"] = Step,
        ["POST /api/children/{childId}/section-47-enquiries/child-seen"] = Step,
        ["POST /api/children/{childId}/section-47-enquiries/concluded"] = Step,
        ["POST /api/children/{childId}/strategy-discussions"] = Step,
        ["GET /api/children/{childId}/subject-access"] = AccessLog,
        ["POST /api/children/{childId}/supervisions"] = Step,
        ["GET /api/children/{childId}/timeline"] = ChildRecord,
        ["POST /api/children/{childId}/transition-plans"] = Step,
        ["GET /api/children/{childId}/verification"] = Verify,
        ["POST /api/children/{childId}/withdrawals"] = Step,
        ["GET /api/families/{familyId}"] = Family,
        ["POST /api/import"] = Import,
        ["GET /api/kpi-pack"] = Aggregates,
        ["GET /api/kpi-pack.csv"] = Aggregates,
        ["GET /api/kpi-pack/children"] = Rows,
        ["GET /api/looked-after/entries"] = Rows,
        ["GET /api/looked-after/entries.csv"] = Rows,
        ["GET /api/looked-after/health-reviews"] = Rows,
        ["GET /api/looked-after/permanence-plans"] = Rows,
        ["GET /api/looked-after/permanence-plans.csv"] = Rows,
        ["GET /api/looked-after/placement-stability"] = Rows,
        ["GET /api/looked-after/placement-stability.csv"] = Rows,
        ["GET /api/looked-after/reviews"] = Rows,
        ["GET /api/looked-after/visits"] = Rows,
        ["GET /api/looked-after/visits.csv"] = Rows,
        ["GET /api/measures"] = Rows,
        ["GET /api/measures.csv"] = Rows,
        ["GET /api/open-clocks"] = Rows,
        ["GET /api/pathway-plans/reviews"] = Rows,
        ["GET /api/personal-advisers/contacts"] = Rows,
        ["GET /api/pre-proceedings"] = Rows,
        ["GET /api/pre-proceedings.csv"] = Rows,
        ["GET /api/pre-proceedings/meetings"] = Rows,
        ["GET /api/projections"] = Operations,
        ["GET /api/protection-plans"] = Rows,
        ["GET /api/protection-plans/reviews"] = Rows,
        ["GET /api/protection-plans/visits"] = Rows,
        ["GET /api/recording-lag"] = Aggregates,
        ["GET /api/recording-lag.csv"] = Aggregates,
        ["GET /api/rules"] = Aggregates,
        ["GET /api/referrals"] = Rows,
        ["GET /api/retention/due"] = Retention,
        ["GET /api/returns/{returnName}"] = Returns,
        ["GET /api/returns/{returnName}/{fileName}"] = Returns,
        ["GET /api/returns/{returnName}/missing"] = Returns,
        ["GET /api/returns/readiness"] = Readiness,
        ["GET /api/returns/readiness.csv"] = Readiness,
        ["GET /api/supervisions"] = Rows,
        ["GET /api/supervisions.csv"] = Rows,
        ["GET /api/verification"] = Verify,
    };

    private readonly string _team = $"Authz team {Guid.NewGuid():N}"[..20];

    private IReadOnlyList<RouteEndpoint> Endpoints() => host.Services.GetServices<EndpointDataSource>()
        .SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
        .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true && e.Metadata.GetMetadata<HttpMethodMetadata>() is not null)
        .ToArray();

    private static string Key(RouteEndpoint e) => $"{e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Single()} {e.RoutePattern.RawText}";

    [Fact]
    public void Every_endpoint_has_an_entry_in_the_matrix_and_every_entry_an_endpoint()
    {
        var mapped = Endpoints().Select(Key).ToHashSet();
        mapped.Except(Matrix.Keys).Order().ShouldBeEmpty("endpoints without an entry in the authorisation matrix");
        Matrix.Keys.Except(mapped).Order().ShouldBeEmpty("matrix entries for endpoints that do not exist");
    }

    [Fact]
    public async Task Every_endpoint_allows_and_refuses_each_caller_as_the_matrix_says()
    {
        var child = await ChildHeldBy(_team);
        var before = (await host.ClientWithTeams("authz.owner", [_team]).Timeline(child)).ToJsonString();
        var clients = Enum.GetValues<Caller>().ToDictionary(c => c, ClientFor);
        var anonymous = host.AnonymousClient();
        var wrong = new List<string>();

        foreach (var endpoint in Endpoints().OrderBy(Key))
        {
            var key = Key(endpoint);
            var allowed = Matrix[key];
            var anonymousStatus = (await Send(anonymous, endpoint, child)).StatusCode;
            if (anonymousStatus != HttpStatusCode.Unauthorized) wrong.Add($"{key} without a token answered {(int)anonymousStatus}");
            foreach (var (caller, client) in clients)
            {
                if (allowed.Contains(caller) && NotRun.Contains(key))
                {
                    if (!await Authorised(endpoint, caller)) wrong.Add($"{key} refused {caller}");
                    continue;
                }
                var response = await Send(client, endpoint, child);
                var status = (int)response.StatusCode;
                if (allowed.Contains(caller))
                {
                    if (status is 401 or 403 or >= 500) wrong.Add($"{key} answered {caller} {status}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
                }
                else if (status != 403) wrong.Add($"{key} answered {caller} {status}, expected 403");
                else if (response.Content.Headers.ContentType?.MediaType != "application/problem+json"
                         || (await response.ReadJson())["rule"]?.GetValue<string>() is not { Length: > 0 })
                    wrong.Add($"{key} refused {caller} without a problem naming the rule");
            }
        }

        wrong.ShouldBeEmpty();
        (await host.ClientWithTeams("authz.owner", [_team]).Timeline(child)).ToJsonString().ShouldBe(before, "nothing stored by any call");
    }

    private HttpClient ClientFor(Caller caller) => caller switch
    {
        Practitioner => host.ClientWithTeams("authz.practitioner", [_team], "practitioner"),
        PractitionerOfAnotherTeam => host.ClientWithTeams("authz.elsewhere", ["Another team"], "practitioner"),
        FrontDoorPractitioner => host.ClientWithTeams("authz.mash", [FrontDoor], "practitioner"),
        TeamManager => host.ClientWithTeams("authz.manager", ["Another team", _team], "team-manager"),
        UnknownRole => host.ClientWithTeams("authz.volunteer", [_team], "volunteer"),
        _ => host.ClientFor("authz." + caller, RoleOf(caller)),
    };

    private static string RoleOf(Caller caller) => caller switch
    {
        ReviewingOfficer => "reviewing-officer",
        PersonalAdviser => "personal-adviser",
        ReturnsOfficer => "returns-officer",
        _ => caller.ToString().ToLowerInvariant(),
    };

    private static Task<HttpResponseMessage> Send(HttpClient client, RouteEndpoint endpoint, string child)
    {
        // A return's routes without a year: an allowed caller is refused by the query's rules (400), having read nothing.
        var url = endpoint.RoutePattern.RawText!.Replace("{childId}", child).Replace("{familyId}", "F-authz-none")
            .Replace("{returnName}", "cin").Replace("{fileName}", "cin-census.xml");
        if (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Single() == "GET")
            return client.GetAsync(url, TestContext.Current.CancellationToken);
        var body = url == "/api/import" ? new StringContent("", Encoding.UTF8, "application/x-ndjson") : new StringContent("{}", Encoding.UTF8, "application/json");
        return client.PostAsync(url, body, TestContext.Current.CancellationToken);
    }

    /// <summary>The endpoint's own authorisation policy, evaluated for the caller as the service would, without running the endpoint.</summary>
    private async Task<bool> Authorised(RouteEndpoint endpoint, Caller caller)
    {
        var provider = host.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var policy = await AuthorizationPolicy.CombineAsync(provider, endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>());
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "authz." + caller), new Claim("role", RoleOf(caller))], "Bearer", "sub", "role"));
        var http = new DefaultHttpContext { RequestServices = host.Services, User = user };
        return (await host.Services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(user, http, policy!)).Succeeded;
    }

    /// <summary>The front-door team of the test host's settings (appsettings.json, Journey:Access:FrontDoorTeams).</summary>
    public const string FrontDoor = "MASH";

    /// <summary>A child through the front door (MASH: contact, decision, referral) and allocated by it to <paramref name="team"/>.</summary>
    public static async Task<string> ChildHeldBy(JourneyHost host, string team, string worker = "Sam Taylor", string at = "2026-03")
    {
        var client = host.ClientWithTeams("mash.manager.raj", [FrontDoor], "team-manager");
        var child = JourneyApi.NewChildId();
        await client.RecordOk(child, "contacts", new { receivedAt = $"{at}-02T09:00:00Z", source = "2A", concerns = "c", consent = "Given" });
        await client.RecordOk(child, "front-door-decisions", new { decidedAt = $"{at}-02T15:00:00Z", outcome = "ReferralForAssessment", rationale = "r", decidedBy = "m" });
        await client.RecordOk(child, "referrals", new { acceptedAt = $"{at}-02T15:05:00Z" });
        await client.RecordOk(child, "allocations", new { allocatedAt = $"{at}-03T09:00:00Z", team, worker });
        return child;
    }

    private Task<string> ChildHeldBy(string team) => ChildHeldBy(host, team);
}
