using Journey.Domain.ChildInNeed;
using Journey.Domain.Corrections;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Protection;
using Journey.Domain.Supervision;
using Journey.IntegrationTests.Infrastructure;
using Npgsql;

namespace Journey.IntegrationTests.Measures;

/// <summary>
/// Case supervision: every 4 weeks on a child protection plan, every 8 weeks on a child in need plan
/// or in care, each supervision counting for every episode open on its date.
/// </summary>
public sealed class SupervisionChainTests(JourneyHost host)
{
    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso);

    [Fact]
    public async Task One_supervision_counts_for_the_plan_and_the_care_episode_open_on_its_date()
    {
        var child = JourneyApi.NewChildId();
        var first = new SupervisionHeld(At("2026-03-27T10:00:00Z"), "tm.jo");
        var second = new SupervisionHeld(At("2026-04-28T10:00:00+01:00"), "tm.jo");
        await Append(child,
            new ContactReceived(1, At("2026-02-02T09:00:00Z"), "6", "c", ConsentStatus.NotRequired, null, false),
            new CaseAllocated(At("2026-02-03T09:00:00Z"), "Team 6", "sw.ann"),
            new ProtectionPlanStarted(1, 1, At("2026-03-02T14:00:00Z"), "NEG"),   // Mon 2 March: first due 30 March (4 weeks)
            new EnteredCare(1, At("2026-03-16T10:00:00Z"), "C2", false, false),   // Mon 16 March: first due 11 May (8 weeks)
            first,                                                                // v5, Fri 27 March: plan met, care met
            second);                                                              // v6, Tue 28 April: plan due 24 April, late; care due 22 May, met
        var analyst = host.ClientFor("analyst.kim");
        async Task<string[]> Chain(string kind, string asAt) =>
            (await analyst.GetArray($"/api/supervisions?childId={child}&kind={kind}&asAt={asAt}"))
            .Select(r => $"{r!["episode"]}:{r["supervision"]}:{r["dueDate"]}:{r["status"]}").ToArray();

        // Next due: the plan 4 weeks after 28 April (26 May), care 8 weeks after (23 June).
        (await Chain("protection", "2026-05-01")).ShouldBe(["1:1:2026-03-30:met", "1:2:2026-04-24:late", "1:3:2026-05-26:open-in-time"]);
        (await Chain("looked-after", "2026-05-01")).ShouldBe(["1:1:2026-05-11:met", "1:2:2026-05-22:met", "1:3:2026-06-23:open-in-time"]);

        // Corrected to Friday 24 April: held on its due date, so met; the next falls due 22 May.
        await Append(child, new EventCorrected(6, second, second with { OccurredAt = At("2026-04-24T10:00:00+01:00") }, "Wrong day", DateTimeOffset.UtcNow));
        (await Chain("protection", "2026-05-01")).ShouldBe(["1:1:2026-03-30:met", "1:2:2026-04-24:met", "1:3:2026-05-22:open-in-time"]);

        // Withdrawn first supervision: 24 April is now the plan's first, 3 weeks and 4 days late;
        // in care it is the first, due 11 May, and the next falls due 19 June.
        await Append(child, new EventWithdrawn(5, first, "Recorded on the wrong child", DateTimeOffset.UtcNow));
        (await Chain("protection", "2026-05-25")).ShouldBe(["1:1:2026-03-30:late", "1:2:2026-05-22:open-overdue"]);
        (await Chain("looked-after", "2026-05-25")).ShouldBe(["1:1:2026-05-11:met", "1:2:2026-06-19:open-in-time"]);

        var byTeam = await analyst.GetArray($"/api/supervisions?team=Team%206&status=open-overdue&asAt=2026-05-25");
        byTeam.Select(r => $"{r!["childId"]}:{r["kind"]}:{r["worker"]}").ShouldContain($"{child}:protection:sw.ann");

        var csv = await analyst.GetStringAsync($"/api/supervisions.csv?childId={child}&kind=protection&asAt=2026-05-25", TestContext.Current.CancellationToken);
        csv.ShouldBe("kind,child_id,episode,supervision,due_date,held_at,status,team,worker,due_from,rule_id,chain,ordinal,occurred_at,elapsed,elapsed_unit\r\n"
                     + $"protection,{child},1,1,2026-03-30,2026-04-24T09:00:00Z,late,Team 6,sw.ann,"
                     + "2026-03-02,protection-supervision-4w,protection-supervision,1,2026-04-24T09:00:00Z,53,days\r\n"
                     + $"protection,{child},1,2,2026-05-22,,open-overdue,Team 6,sw.ann,2026-04-24,protection-supervision-4w,protection-supervision,2,,31,days\r\n");
    }

    [Fact]
    public async Task A_supervision_counts_from_the_episodes_start_date_to_its_end_date()
    {
        var child = JourneyApi.NewChildId();
        await Append(child,
            new ContactReceived(1, At("2025-12-15T09:00:00Z"), "6", "c", ConsentStatus.NotRequired, null, false),
            new SupervisionHeld(At("2026-01-02T10:00:00Z"), "tm.jo"),             // before the plan: counts for nothing
            new ChildInNeedPlanStarted(1, At("2026-01-05T15:00:00Z")),            // Mon 5 January: first due 2 March (8 weeks)
            new SupervisionHeld(At("2026-02-27T09:00:00Z"), "tm.jo"),             // the plan's last day, before it ended that afternoon
            new ChildInNeedPlanEnded(1, At("2026-02-27T16:00:00Z"), "Escalated"),
            new ProtectionPlanStarted(1, 1, At("2026-03-02T14:00:00Z"), "EMO"));  // 27 February is before it: first due 30 March
        var analyst = host.ClientFor("analyst.kim");
        var rows = (await analyst.GetArray($"/api/supervisions?childId={child}&asAt=2026-04-10"))
            .Select(r => $"{r!["kind"]}:{r["supervision"]}:{r["dueDate"]}:{r["status"]}").ToArray();
        rows.ShouldBe(["child-in-need:1:2026-03-02:met", "protection:1:2026-03-30:open-overdue"]);

        // The same through SQL, as analysts query it.
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM journey.child_in_need_supervision_as_at('2026-04-10 23:59 Europe/London') WHERE child_id = @c AND held_at IS NOT NULL", connection);
        command.Parameters.AddWithValue("c", child);
        (await command.ExecuteScalarAsync(TestContext.Current.CancellationToken)).ShouldBe(1L);
    }

    [Fact]
    public async Task An_unknown_kind_is_refused()
    {
        var response = await host.ClientFor("analyst.kim").GetAsync("/api/supervisions?kind=adoption", TestContext.Current.CancellationToken);
        ((int)response.StatusCode).ShouldBe(400);
    }

    private async Task Append(string child, params IJourneyEvent[] events)
    {
        await using var session = host.Store.LightweightSession();
        session.Events.Append(child, events.Cast<object>().ToArray());
        await session.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
