using Journey.Api.Integrity;
using Journey.IntegrationTests.Infrastructure;
using static Journey.IntegrationTests.Integrity.ChainFixtures;
using static Journey.IntegrationTests.Retention.RetentionFixtures;

namespace Journey.IntegrationTests.Retention;

/// <summary>
/// A verifier tells disposal from tampering (decision 67), on a store of its own: a disposed child is
/// counted apart from broken ones and its kept head is reported disposed, not rewritten; events deleted
/// by hand, and disposal rows deleted or altered by hand, still show as breaks. Each test puts back what
/// it tampered with, so the store verifies clean for the next.
/// </summary>
public sealed class DisposalVerificationTests(JourneyHost signer, RetentionHost host) : IClassFixture<RetentionHost>
{
    private readonly HttpClient _worker = host.ClientFor(signer, "sw.sam.taylor");
    private readonly HttpClient _administrator = host.ClientFor(signer, "ops.admin", "administrator");
    private readonly HttpClient _auditor = host.ClientFor(signer, "auditor.ann", "auditor");
    private string Db => host.ConnectionString;

    private async Task<(bool Intact, string Output, string Log)> Verify(string? child = null, string? heads = null, string? anchors = null)
    {
        var (output, log) = (new StringWriter(), new StringWriter());
        var intact = await new VerificationRun(host.Store, TimeProvider.System, output, log)
            .Execute(new VerificationOptions(child, false, "records.officer", heads, anchors), TestContext.Current.CancellationToken);
        return (intact, output.ToString(), log.ToString());
    }

    [Fact]
    public async Task A_disposed_child_is_counted_apart_from_broken_ones_and_its_kept_head_is_reported_disposed_not_rewritten()
    {
        var disposed = await RecordDueChild(_worker);
        var kept = await RecordDueChild(_worker);
        var heads = Path.Combine(Path.GetTempPath(), $"journey-heads-{Guid.NewGuid():N}.csv");
        var forged = Path.Combine(Path.GetTempPath(), $"journey-heads-{Guid.NewGuid():N}.csv");
        try
        {
            (await Verify(heads: heads)).Intact.ShouldBeTrue();
            var head = (await File.ReadAllLinesAsync(heads, TestContext.Current.CancellationToken)).Single(l => l.StartsWith(disposed + ","));
            await _administrator.DisposeOk(disposed);

            var store = await _auditor.StoreVerification();
            store["status"]!.GetValue<string>().ShouldBe("intact", store.ToJsonString());
            store["disposedChildren"]!.GetValue<long>().ShouldBeGreaterThanOrEqualTo(1);
            store["brokenChildren"]!.GetValue<long>().ShouldBe(0);
            store["breaks"]!.AsArray().ShouldBeEmpty();
            (await _auditor.Verification(kept))["status"]!.GetValue<string>().ShouldBe("intact");

            var anchored = await Verify(anchors: heads);
            anchored.Intact.ShouldBeTrue(anchored.Log);
            anchored.Log.ShouldContain($"DISPOSED {disposed} version 2: disposed of at ");
            anchored.Log.ShouldContain("authorised by records.manager.rita, with its chain at version 2");
            anchored.Log.ShouldContain("0 no longer hold");
            anchored.Log.ShouldContain("records were disposed of at the end of their retention period");

            // A head that the disposal's recorded head is not: the chain was rewritten before it was disposed of.
            var parts = head.Split(',');
            await File.WriteAllLinesAsync(forged, ["child_id,version,hash", $"{parts[0]},{parts[1]},{new string('a', 64)}", $"{parts[0]},3,{parts[2]}"],
                TestContext.Current.CancellationToken);
            var rewritten = await Verify(anchors: forged);
            rewritten.Intact.ShouldBeFalse();
            rewritten.Log.ShouldContain($"BROKEN {disposed} version 2: anchor-mismatch");
            rewritten.Log.ShouldContain($"BROKEN {disposed} version 3: anchor-missing");
        }
        finally
        {
            File.Delete(heads);
            File.Delete(forged);
        }
    }

    [Fact]
    public async Task Events_deleted_by_hand_without_the_disposal_still_show_as_missing()
    {
        var child = await RecordDueChild(_worker);
        var heads = Path.Combine(Path.GetTempPath(), $"journey-heads-{Guid.NewGuid():N}.csv");
        var saved = "saved_" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            (await Verify(heads: heads)).Intact.ShouldBeTrue();
            await Execute(Db, $"""
                CREATE TABLE public.{saved}_events AS SELECT * FROM journey.mt_events WHERE stream_id = @c;
                CREATE TABLE public.{saved}_links AS SELECT * FROM journey.event_hashes WHERE stream_id = @c;
                CREATE TABLE public.{saved}_stream AS SELECT * FROM journey.mt_streams WHERE id = @c;
                DELETE FROM journey.mt_events WHERE stream_id = @c;
                """, ("c", child));

            (await _auditor.Verification(child)).OnlyBreak().ShouldBe((1, "event-missing"));

            // Everything deleted by hand, links and stream too: only the heads kept outside show it, and not as a disposal.
            await Execute(Db, "DELETE FROM journey.event_hashes WHERE stream_id = @c; DELETE FROM journey.mt_streams WHERE id = @c;", ("c", child));
            var anchored = await Verify(anchors: heads);
            anchored.Intact.ShouldBeFalse();
            anchored.Log.ShouldContain($"BROKEN {child} version 2: anchor-missing");
            anchored.Log.ShouldNotContain($"DISPOSED {child}");
        }
        finally
        {
            await Execute(Db, $"""
                INSERT INTO journey.mt_streams SELECT * FROM public.{saved}_stream WHERE NOT EXISTS (SELECT FROM journey.mt_streams WHERE id = @c);
                INSERT INTO journey.mt_events SELECT * FROM public.{saved}_events;
                INSERT INTO journey.event_hashes SELECT * FROM public.{saved}_links WHERE NOT EXISTS (SELECT FROM journey.event_hashes WHERE stream_id = @c);
                DROP TABLE public.{saved}_events, public.{saved}_links, public.{saved}_stream;
                """, ("c", child));
            File.Delete(heads);
        }
        (await _auditor.Verification(child))["status"]!.GetValue<string>().ShouldBe("intact");
    }

    [Fact]
    public async Task A_disposal_row_deleted_or_altered_by_hand_breaks_the_disposals_own_chain()
    {
        var first = await RecordDueChild(_worker);
        var middle = await RecordDueChild(_worker);
        var last = await RecordDueChild(_worker);
        await _administrator.DisposeOk(first);
        var number = (await _administrator.DisposeOk(middle))["number"]!.GetValue<long>();
        await _administrator.DisposeOk(last);
        // The schema's owner can do anything, the append-only triggers' removal included; what it does is still seen.
        await Execute(Db, "ALTER TABLE journey.disposals DISABLE TRIGGER disposals_no_change; CREATE TABLE public.saved_disposals AS SELECT * FROM journey.disposals;");
        try
        {
            await Execute(Db, "DELETE FROM journey.disposals WHERE child_id = @c", ("c", middle));
            // The gap in the numbers, at the row after it, and the access log's disposal of the child with no row.
            var gaps = (await _auditor.StoreVerification())["breaks"]!.AsArray()
                .Select(b => (b!["childId"]!.GetValue<string>(), b["version"]!.GetValue<long>(), b["kind"]!.GetValue<string>())).ToList();
            gaps.ShouldBe([(last, number, "disposal-missing"), (middle, 0L, "disposal-missing")]);
            await Restore();

            await Execute(Db, "UPDATE journey.disposals SET authorised_by = 'someone.else' WHERE child_id = @c", ("c", middle));
            (await _auditor.Verification(middle)).OnlyBreak().ShouldBe((number, "disposal-altered"));
            await Restore();

            // The latest row deleted leaves no gap in the numbers; the access log's record of the disposal shows it.
            await Execute(Db, "DELETE FROM journey.disposals WHERE seq = (SELECT max(seq) FROM journey.disposals)");
            var store = await _auditor.StoreVerification();
            store["status"]!.GetValue<string>().ShouldBe("broken");
            var missing = store["breaks"]!.AsArray().ShouldHaveSingleItem()!;
            (missing["childId"]!.GetValue<string>(), missing["kind"]!.GetValue<string>()).ShouldBe((last, "disposal-missing"));
        }
        finally
        {
            await Restore();
            await Execute(Db, "DROP TABLE public.saved_disposals; ALTER TABLE journey.disposals ENABLE TRIGGER disposals_no_change;");
        }
        (await _auditor.StoreVerification())["status"]!.GetValue<string>().ShouldBe("intact");
    }

    private Task<int> Restore() => Execute(Db, """
        DELETE FROM journey.disposals;
        INSERT INTO journey.disposals SELECT * FROM public.saved_disposals;
        """);
}
