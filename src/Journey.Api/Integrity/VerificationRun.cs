using System.Text.Encodings.Web;
using System.Text.Json;
using Journey.Api.Hosting;
using Journey.Projections.Integrity;
using Marten;

namespace Journey.Api.Integrity;

public sealed record VerificationOptions(string? ChildId, bool Seal, string SealedBy, string? HeadsFile, string? AnchorsFile);

/// <summary>
/// What the verify command does, apart from the host: optionally seal, verify (streaming, with a
/// progress line every thousand children), write the heads, check kept heads. True when intact.
/// </summary>
public sealed class VerificationRun(IDocumentStore store, TimeProvider clock, TextWriter output, TextWriter log)
{
    public async Task<bool> Execute(VerificationOptions options, CancellationToken cancellation)
    {
        if (options.Seal)
        {
            var sealedReport = await new ChainSealer(store).SealUnchained(options.SealedBy, cancellation,
                p => log.WriteLine($"sealing: {p.Children} children, {p.Events} events sealed so far"));
            log.WriteLine($"sealed {sealedReport.Children} children ({sealedReport.Events} events) as {options.SealedBy}");
        }

        await using var heads = options.HeadsFile is { } path ? new StreamWriter(path) : null;
        heads?.WriteLine(AnchorCheck.Header);
        var report = await new ChainVerifier(store).Verify(options.ChildId, clock, cancellation,
            p => log.WriteLine($"verified {p.Children} children, {p.Events} events; {p.BrokenChildren} broken"),
            b => log.WriteLine($"BROKEN {b.ChildId} version {b.Version}: {b.Kind}: {b.Detail}"),
            h => heads?.WriteLine(AnchorCheck.Line(h)));

        long anchorsBroken = 0, anchorsDisposed = 0;
        if (options.AnchorsFile is { } anchors)
        {
            using var reader = new StreamReader(anchors);
            var anchorsChecked = await new AnchorCheck(store).Check(reader, b =>
            {
                anchorsBroken++;
                log.WriteLine($"BROKEN {b.ChildId} version {b.Version}: {b.Kind}: {b.Detail}");
            }, cancellation, d =>
            {
                // Disposed of at the end of its retention period: not a rewrite (decision 67).
                anchorsDisposed++;
                log.WriteLine($"DISPOSED {d.ChildId} version {d.Version}: disposed of at {d.DisposedAt:yyyy-MM-dd HH:mm:ss}Z by {d.DisposedBy}, " +
                              $"authorised by {d.AuthorisedBy}, with its chain at version {d.DisposedAtVersion}");
            });
            log.WriteLine($"checked {anchorsChecked} kept heads; {anchorsBroken} no longer hold; {anchorsDisposed} of children disposed of since");
        }

        output.WriteLine(JsonSerializer.Serialize(report, new JsonSerializerOptions(ApiJson.Options)
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }));
        if (report.DisposedChildren > 0 && options.ChildId is null)
            log.WriteLine($"{report.DisposedChildren} children's records were disposed of at the end of their retention period (journey.disposals): not broken.");
        if (options.ChildId is not null && report.Children == 0 && report.Disposal is null)
        {
            log.WriteLine($"No events or links are stored for child {options.ChildId}.");
            return false;
        }
        if (report.Status == ChainReport.Unsealed)
            log.WriteLine($"{report.UnsealedChildren} children hold events stored before chaining began: run verify --seal once to chain them.");
        return report.Status is ChainReport.Intact or ChainReport.Disposed && anchorsBroken == 0;
    }
}
