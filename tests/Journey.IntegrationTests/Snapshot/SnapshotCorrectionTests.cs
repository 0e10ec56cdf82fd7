using System.Globalization;
using System.Text.Json.Nodes;
using Journey.Api.Snapshot;
using Journey.Domain.Timescales;
using Journey.IntegrationTests.Infrastructure;
using Marten.Events;

namespace Journey.IntegrationTests.Snapshot;

/// <summary>
/// A correction recorded through the API, seen by two snapshots of the service's store taken before and after it
/// (decision 131): it changes that child's rows of the tables its step feeds and the KPI months its step counts in, as
/// occurred, and nothing else.
/// </summary>
public sealed class SnapshotCorrectionTests : IAsyncLifetime
{
    private const string Kpi = "contact-decision-24h";
    private readonly JourneyHost _host = new() { DemoJourneys = true };

    public ValueTask InitializeAsync() => _host.InitializeAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task A_correction_through_the_API_changes_its_childs_rows_and_the_kpi_months_it_counts_in_as_occurred()
    {
        // A contact decided within 24 hours, three months before this one (every month from it to now is in the pack).
        var today = UkTime.DateOf(DateTimeOffset.UtcNow);
        var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-3);
        var received = new DateTimeOffset(month.AddDays(9).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        var worker = _host.ClientFor("sw.sam.taylor");
        var child = JourneyApi.NewChildId();
        await worker.RecordOk(child, "contacts", new { receivedAt = received, source = "2A", concerns = "Bruising", consent = "Given" });
        await worker.RecordOk(child, "front-door-decisions",
            new { decidedAt = received.AddHours(23), outcome = "NoFurtherAction", rationale = "r", decidedBy = "m" });
        var before = await Take();

        // The decision was in fact made three days after the contact: late, in the same month.
        var decision = (await worker.Timeline(child)).Single(e => e!["type"]!.GetValue<string>() == "FrontDoorDecisionMade")!;
        var replacement = decision["data"]!.DeepClone().AsObject();
        replacement["occurredAt"] = received.AddDays(3);
        await worker.RecordOk(child, "corrections", new { version = decision["version"]!.GetValue<long>(), reason = "Decided later", replacement });
        var after = await Take();

        var comparison = SnapshotComparison.Of(before, after, keysListed: int.MaxValue);
        // The measures functions too (decision 135): the decision's clock, met before, is late now, in both views (the
        // correction was recorded before the instant they are read at).
        comparison.Differing.ShouldBe(["journey.measure_clocks", "journey.recorded_steps", "kpi_pack as occurred", "measures as occurred", "measures as recorded"],
            ignoreOrder: true);
        // The tables and the measures: only this child's rows (its decision's clocks; the corrected step and the correction).
        foreach (var part in comparison.Parts.Where(p => !p.Equal && !p.Name.StartsWith("kpi_pack", StringComparison.Ordinal)))
            part.Changed.Concat(part.Missing).Concat(part.Added).ShouldAllBe(key => First(key) == child, part.Name);
        comparison.Parts.Single(p => p.Name == "journey.recorded_steps").Added.ShouldHaveSingleItem();

        // The pack, as occurred: this KPI, for the authority and the team counting a child no one holds, in the decision's
        // month (its value) and the three after (their change from last month and three-month average) at most.
        // As recorded, no month changes: each month is read as recorded by its end, before the correction was.
        var pack = comparison.Parts.Single(p => p.Name == "kpi_pack as occurred");
        var months = Enumerable.Range(0, 4).Select(i => month.AddMonths(i).ToString("yyyy-MM", CultureInfo.InvariantCulture)).ToList();
        pack.Changed.ShouldNotBeEmpty();
        foreach (var key in pack.Changed.Select(k => JsonNode.Parse(k)!.AsArray()))
        {
            key[2]!.GetValue<string>().ShouldBe(Kpi);
            months.ShouldContain(key[1]!.GetValue<string>());
            key[0]?.GetValue<string>().ShouldBe("unallocated");
        }
        pack.Changed.ShouldContain($"[null, \"{months[0]}\", \"{Kpi}\"]");
        pack.Changed.ShouldContain($"[\"unallocated\", \"{months[0]}\", \"{Kpi}\"]");
        pack.Missing.Concat(pack.Added).ShouldBeEmpty();
    }

    /// <summary>An exact snapshot (one store, before and after) once the async projection has processed every event.</summary>
    private async Task<StoreSnapshot> Take()
    {
        await _host.Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        return await new SnapshotTaker(_host.ConnectionString, SnapshotSources.From(_host.Store))
            .Take(exact: true, SnapshotKey.From(SnapshotStores.Key), TestContext.Current.CancellationToken);
    }

    private static string? First(string key) => JsonNode.Parse(key)!.AsArray()[0]?.GetValue<string>();
}
