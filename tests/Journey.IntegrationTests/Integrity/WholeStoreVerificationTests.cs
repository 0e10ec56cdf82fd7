using Journey.Api.Integrity;
using Journey.IntegrationTests.Infrastructure;
using Journey.Projections.Integrity;
using static Journey.IntegrationTests.Integrity.ChainFixtures;

namespace Journey.IntegrationTests.Integrity;

/// <summary>
/// The store as a whole, in a database of its own: history from before chaining sealed once, the
/// verify command's exit and report, heads kept outside the database against a wholesale rewrite,
/// and Marten's replay of the projection leaving the evidence as it was. Each test leaves the
/// store intact for the next.
/// </summary>
public sealed class WholeStoreVerificationTests(JourneyHost signer, IntegrityHost host) : IClassFixture<IntegrityHost>
{
    private readonly HttpClient _worker = host.ClientFor(signer, "sw.sam.taylor");
    private readonly HttpClient _auditor = host.ClientFor(signer, "auditor.ann", "auditor");
    private string Db => host.ConnectionString;

    private async Task<(bool Intact, string Output, string Log)> Run(VerificationOptions options)
    {
        var (output, log) = (new StringWriter(), new StringWriter());
        var intact = await new VerificationRun(host.Store, TimeProvider.System, output, log).Execute(options, TestContext.Current.CancellationToken);
        return (intact, output.ToString(), log.ToString());
    }

    private static VerificationOptions Options(string? child = null, bool seal = false, string? heads = null, string? anchors = null) =>
        new(child, seal, "records.officer", heads, anchors);

    [Fact]
    public async Task History_stored_before_chaining_is_unsealed_until_a_write_or_the_seal_chains_it_once()
    {
        var written = await RecordCorrectedJourney(_worker);
        var untouched = await RecordCorrectedJourney(_worker);
        // The store as it stood before this feature: events, and no links at all.
        await Execute(Db, $"DELETE FROM {EventHashSchema.HashesTable.QualifiedName}");

        var before = await _auditor.StoreVerification();
        before["status"]!.GetValue<string>().ShouldBe("unsealed", before.ToJsonString());
        before["breaks"]!.AsArray().ShouldBeEmpty();
        before["chainedEvents"]!.GetValue<long>().ShouldBe(0);
        (await Run(Options())).Intact.ShouldBeFalse();

        // The next write to a child seals its history first, then chains itself as appended.
        await _worker.RecordOk(written, "contacts", new { receivedAt = "2026-03-05T09:00:00Z", source = "6", concerns = "again", consent = "Given" });
        (await Rows(Db, $"SELECT version, origin, coalesce(sealed_by, '-') FROM {EventHashSchema.HashesTable.QualifiedName} WHERE stream_id = @c ORDER BY version", ("c", written)))
            .ShouldBe(["1|sealed|sw.sam.taylor", "2|sealed|sw.sam.taylor", "3|sealed|sw.sam.taylor", "4|sealed|sw.sam.taylor", "5|appended|-"]);
        var child = await _auditor.Verification(written);
        child["status"]!.GetValue<string>().ShouldBe("intact");
        child["sealedEvents"]!.GetValue<long>().ShouldBe(4);
        (await _auditor.StoreVerification())["status"]!.GetValue<string>().ShouldBe("unsealed");

        var sealing = await Run(Options(seal: true));

        sealing.Intact.ShouldBeTrue(sealing.Log);
        sealing.Log.ShouldContain("as records.officer");
        (await Rows(Db, $"SELECT DISTINCT origin || '|' || sealed_by FROM {EventHashSchema.HashesTable.QualifiedName} WHERE stream_id = @c", ("c", untouched)))
            .ShouldBe(["sealed|records.officer"]);
        var after = await _auditor.StoreVerification();
        after["status"]!.GetValue<string>().ShouldBe("intact", after.ToJsonString());
        after["unsealedEvents"]!.GetValue<long>().ShouldBe(0);
        // Sealing again finds nothing to seal.
        (await Run(Options(seal: true))).Log.ShouldContain("sealed 0 children");
    }

    [Fact]
    public async Task The_verify_command_fails_on_a_broken_chain_naming_child_and_version_and_heads_kept_outside_catch_a_rewrite()
    {
        await Run(Options(seal: true));
        var tampered = await RecordCorrectedJourney(_worker);
        var rewritten = await RecordCorrectedJourney(_worker);
        var heads = Path.Combine(Path.GetTempPath(), $"journey-heads-{Guid.NewGuid():N}.csv");
        try
        {
            var clean = await Run(Options(heads: heads));
            clean.Intact.ShouldBeTrue(clean.Log);
            clean.Log.ShouldContain("verified ");
            var kept = await File.ReadAllLinesAsync(heads, TestContext.Current.CancellationToken);
            kept[0].ShouldBe("child_id,version,hash");
            kept.ShouldContain(l => l.StartsWith(rewritten + ",4,"));

            var original = (await Rows(Db, "SELECT data::text FROM journey.mt_events WHERE stream_id = @c AND version = 2", ("c", tampered))).Single();
            await Execute(Db, "UPDATE journey.mt_events SET data = jsonb_set(data, '{rationale}', '\"changed\"') WHERE stream_id = @c AND version = 2", ("c", tampered));
            var broken = await Run(Options());
            broken.Intact.ShouldBeFalse();
            broken.Log.ShouldContain($"BROKEN {tampered} version 2: data-altered");
            broken.Output.ShouldContain("\"status\": \"broken\"");
            await Execute(Db, "UPDATE journey.mt_events SET data = @d::jsonb WHERE stream_id = @c AND version = 2", ("c", tampered), ("d", original));
            (await Run(Options())).Intact.ShouldBeTrue();

            // A rewrite with every link recomputed and marked as appended verifies clean on its own...
            await Execute(Db, $$"""
                UPDATE journey.mt_events SET data = jsonb_set(data, '{concerns}', '"No concerns"') WHERE stream_id = @c AND version = 1;
                DELETE FROM {{EventHashSchema.HashesTable.QualifiedName}} WHERE stream_id = @c;
                SELECT {{EventHashSchema.SealFunction}}(@c, NULL);
                UPDATE {{EventHashSchema.HashesTable.QualifiedName}} SET origin = 'appended' WHERE stream_id = @c;
                """, ("c", rewritten));
            (await Run(Options())).Intact.ShouldBeTrue();
            // ...but not against the heads kept before it.
            var anchored = await Run(Options(child: rewritten, anchors: heads));
            anchored.Intact.ShouldBeFalse();
            anchored.Log.ShouldContain($"BROKEN {rewritten} version 4: anchor-mismatch");
            anchored.Log.ShouldContain("1 no longer hold");
        }
        finally
        {
            File.Delete(heads);
        }
    }

    [Fact]
    public async Task Replaying_the_projection_rewrites_no_link()
    {
        await Run(Options(seal: true));
        var child = await RecordCorrectedJourney(_worker);
        var linksBefore = await Rows(Db, $"SELECT stream_id, version, hash, origin, chained_at FROM {EventHashSchema.HashesTable.QualifiedName} ORDER BY 1, 2");
        var original = (await Rows(Db, "SELECT data::text FROM journey.mt_events WHERE stream_id = @c AND version = 1", ("c", child))).Single();
        await Execute(Db, "UPDATE journey.mt_events SET data = jsonb_set(data, '{concerns}', '\"No concerns\"') WHERE stream_id = @c AND version = 1", ("c", child));

        var daemon = host.Coordinator.DaemonForMainDatabase();
        await daemon.RebuildProjectionAsync(EventHashProjection.ProjectionName, TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        (await Rows(Db, $"SELECT stream_id, version, hash, origin, chained_at FROM {EventHashSchema.HashesTable.QualifiedName} ORDER BY 1, 2")).ShouldBe(linksBefore);
        (await _auditor.Verification(child)).OnlyBreak().ShouldBe((1, "data-altered"));
        await Execute(Db, "UPDATE journey.mt_events SET data = @d::jsonb WHERE stream_id = @c AND version = 1", ("c", child), ("d", original));
        (await _auditor.Verification(child))["status"]!.GetValue<string>().ShouldBe("intact");
    }

    [Fact]
    public async Task The_command_line_exits_non_zero_on_a_broken_chain()
    {
        var child = await RecordCorrectedJourney(_worker);
        await Execute(Db, $"UPDATE {EventHashSchema.HashesTable.QualifiedName} SET hash = md5(hash) || md5(hash) WHERE stream_id = @c AND version = 4", ("c", child));
        try
        {
            var (exit, output) = await VerifyProcess("--child", child);
            exit.ShouldNotBe(0, output);
            output.Contains($"BROKEN {child} version 4: link-altered").ShouldBeTrue(output);
        }
        finally
        {
            await Execute(Db, $"""
                UPDATE {EventHashSchema.HashesTable.QualifiedName} h SET hash = encode(sha256(convert_to(prev_hash || event_sha256, 'UTF8')), 'hex')
                 WHERE stream_id = @c AND version = 4
                """, ("c", child));
        }
        (await VerifyProcess("--child", child)).Exit.ShouldBe(0);
    }

    private Task<(int Exit, string Output)> VerifyProcess(params string[] arguments) => ApiCommand.Run(Db, ["verify", .. arguments]);
}
