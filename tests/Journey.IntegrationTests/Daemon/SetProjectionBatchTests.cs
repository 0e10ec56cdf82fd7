using Journey.Domain.Corrections;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Projections.Allocations;
using Journey.Projections.Integrity;
using Journey.Projections.Recording;
using Journey.Projections.Referrals;

namespace Journey.IntegrationTests.Daemon;

/// <summary>
/// The projections that write in sets (Sets/SetProjection) give the same rows whether a batch holds
/// many children's events, a step with its correction and withdrawal among them, or one event alone:
/// the same journeys appended in one session, and appended one session per event, compare equal.
/// </summary>
[Collection(DaemonHost.Collection)]
public sealed class SetProjectionBatchTests(DaemonHost host)
{
    private static readonly DateTimeOffset T = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// A contact, three allocations, the first corrected and then withdrawn, the second corrected twice,
    /// the third withdrawn, then a referral corrected and another withdrawn: every change the allocation,
    /// referral and recorded-steps rows can take, in one stream.
    /// </summary>
    private static IJourneyEvent[] Journey(int n)
    {
        var first = new CaseAllocated(T.AddDays(1), "Assessment Team North", $"sw.{n}");
        var firstCorrected = first with { Team = "Child Protection Team South" };
        var second = new CaseAllocated(T.AddDays(2), "Assessment Team North", $"sw.{n}.b");
        var third = new CaseAllocated(T.AddDays(3), "Children in Care Team", $"sw.{n}.c");
        var referral = new ReferralAccepted(1, 1, T.AddHours(1), "N1");
        var secondReferral = new ReferralAccepted(2, 1, T.AddHours(2), "N3");
        return
        [
            new ContactReceived(1, T, "2A", "c", ConsentStatus.Given, null, false),
            first, second, third,
            new EventCorrected(2, first, firstCorrected, "Wrong team", T.AddDays(4)),
            new EventCorrected(3, second, second with { OccurredAt = T.AddDays(2).AddHours(3) }, "Wrong time", T.AddDays(4)),
            new EventWithdrawn(2, firstCorrected, "Wrong child", T.AddDays(5)),
            new EventCorrected(3, second, second with { Worker = $"sw.{n}.d" }, "Wrong worker", T.AddDays(5)),
            new EventWithdrawn(4, third, "Never allocated", T.AddDays(6)),
            referral,
            new EventCorrected(10, referral, referral with { PrimaryNeed = "N2" }, "Wrong need", T.AddDays(7)),
            secondReferral,
            new EventWithdrawn(12, secondReferral, "Never referred", T.AddDays(8)),
        ];
    }

    [Fact]
    public async Task Many_childrens_events_in_one_session_give_the_rows_of_one_session_per_event()
    {
        var (together, apart) = await BatchAppends.TogetherAndApart(host, 5, Journey);
        await host.CaughtUp();

        for (var i = 0; i < together.Length; i++)
        {
            var allocations = await Rows(together[i], $"SELECT version, team, worker, (allocated_at AT TIME ZONE 'UTC')::text FROM {AllocationProjection.AllocationsTable.QualifiedName}");
            // The third allocation's row is gone; the first is withdrawn; the second stands as last corrected.
            allocations.ShouldBe([$"3|Assessment Team North|sw.{i}.d|{T.AddDays(2).UtcDateTime:yyyy-MM-dd HH:mm:ss}"]);
            allocations.ShouldBe(await Rows(apart[i], $"SELECT version, team, worker, (allocated_at AT TIME ZONE 'UTC')::text FROM {AllocationProjection.AllocationsTable.QualifiedName}"));

            // Sequence and recording time are the store's own for each append, so differ between the two.
            var steps = "SELECT version, event_type, (occurred_at AT TIME ZONE 'UTC')::text, recorded_by, imported_at, changes_version, status, " +
                $"(current_occurred_at AT TIME ZONE 'UTC')::text FROM {RecordedStepsProjection.StepsTable.QualifiedName}";
            var recorded = await Rows(together[i], steps);
            recorded.Count.ShouldBe(13);
            recorded[1].ShouldEndWith($"|withdrawn|{T.AddDays(1).UtcDateTime:yyyy-MM-dd HH:mm:ss}");
            recorded[2].ShouldEndWith($"|corrected|{T.AddDays(2).UtcDateTime:yyyy-MM-dd HH:mm:ss}");
            recorded[3].ShouldEndWith($"|withdrawn|{T.AddDays(3).UtcDateTime:yyyy-MM-dd HH:mm:ss}");
            recorded.ShouldBe(await Rows(apart[i], steps));

            // The referral as corrected, still known from when it was first recorded; the withdrawn one gone.
            var referrals = $"SELECT referral_number, (referred_at AT TIME ZONE 'UTC')::text, primary_need, no_further_action, " +
                "recorded_at = (SELECT timestamp FROM journey.mt_events e WHERE e.stream_id = child_id AND e.version = 10) " +
                $"FROM {ReferralProjection.ReferralsTable.QualifiedName}";
            (await Rows(together[i], referrals, "referral_number")).ShouldBe([$"1|{T.AddHours(1).UtcDateTime:yyyy-MM-dd HH:mm:ss}|N2|False|True"]);
            (await Rows(apart[i], referrals, "referral_number")).ShouldBe([$"1|{T.AddHours(1).UtcDateTime:yyyy-MM-dd HH:mm:ss}|N2|False|True"]);

            // Every event chained when appended, in one statement for the five children.
            var links = $"SELECT version, origin, prev_hash IS NOT NULL FROM {EventHashSchema.HashesTable.QualifiedName}";
            (await Rows(together[i], links)).ShouldBe(Enumerable.Range(1, 13).Select(v => $"{v}|appended|True"));
            (await Rows(apart[i], links)).ShouldBe(Enumerable.Range(1, 13).Select(v => $"{v}|appended|True"));
        }
    }

    /// <summary>A child's rows of <paramref name="select"/> (which names its table and columns), in version order.</summary>
    private Task<List<string>> Rows(string child, string select, string order = "version")
    {
        var key = select.Contains("event_hashes") ? "stream_id" : "child_id";
        return BatchAppends.Rows(host, child, $"{select} WHERE {key} = @c ORDER BY {order}");
    }
}
