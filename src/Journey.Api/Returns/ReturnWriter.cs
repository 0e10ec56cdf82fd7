using System.Globalization;
using Journey.Api.Access;
using Journey.Api.Hosting;
using Marten;

namespace Journey.Api.Returns;

/// <summary>What the <c>returns</c> command asks for: the return, its parameters, who asks (the access log's user) and where its files go.</summary>
public sealed record ReturnRequest(string ReturnName, int? Year, string? AsRecordedAt, string AskedBy, string OutDirectory,
    string? PeriodEnd = null, string? From = null, string? To = null);

/// <summary>
/// The <c>returns</c> command's work: the return built as the API builds it, logged in the access log as read by
/// the person the command names (<c>--as</c>), then every file written into the directory and what is missing
/// printed, child by child. Nothing is written unless the row was (decision 82).
/// </summary>
public static class ReturnWriter
{
    /// <summary>The access log's view for a return written by the command: not a route, so never taken for one.</summary>
    public const string View = "returns";
    public const string Method = "COMMAND";

    public static async Task<bool> Write(ReturnRequest request, StatutoryReturns returns, IDocumentStore store, TimeProvider clock, TextWriter output,
        CancellationToken cancellation)
    {
        if (returns.Find(request.ReturnName) is not { } statutoryReturn)
        {
            await output.WriteLineAsync($"No such return: the returns are {returns.Names}.");
            return false;
        }
        var (parameters, violations) = ReturnQuery.Parse(statutoryReturn, request.Year, request.AsRecordedAt, request.PeriodEnd, request.From, request.To);
        if (parameters is null)
        {
            foreach (var violation in violations) await output.WriteLineAsync($"--{Flag(violation.Field)}: {violation.Message} ({violation.Rule})");
            return false;
        }

        var askedAt = clock.GetUtcNow();
        var build = await ReturnRead.Build(statutoryReturn, parameters, store, cancellation);
        var read = new AccessRead(askedAt, request.AskedBy, [], View, Parameters(statutoryReturn, request, parameters), null, null, null, Method);
        await ReturnRead.Log(new RequestConnection(store), ReturnRead.Naming(read, build.ChildIds), cancellation);

        Directory.CreateDirectory(request.OutDirectory);
        await output.WriteLineAsync($"{statutoryReturn.Title} {Covering(parameters)}, "
                                    + (parameters.AsRecordedAt is { } at ? $"as recorded by {at:O}:" : "as the journeys stand now:"));
        foreach (var file in build.Files)
        {
            var path = Path.Combine(request.OutDirectory, file.Name);
            await File.WriteAllBytesAsync(path, file.Content, cancellation);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  wrote {path} ({file.Content.Length:N0} bytes, {file.ChildIds.Count:N0} children)"));
        }
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{build.ChildIds.Count:N0} children in the return; logged in the access log as read by {request.AskedBy}."));
        var missing = MissingAnswer.Of(statutoryReturn, parameters, build);
        await output.WriteLineAsync(missing.Children.Count == 0 ? "Nothing the return needs is missing."
            : string.Create(CultureInfo.InvariantCulture, $"Missing, for {missing.Children.Count:N0} children ({build.Missing.Count:N0} items):"));
        foreach (var child in missing.Children)
            foreach (var item in child.Items)
                await output.WriteLineAsync($"  {child.ChildId}  {item.File}  {item.Item}: {item.Reason}");
        return true;
    }

    private static string Flag(string field) => field switch { "asRecordedAt" => "as-recorded-at", "periodEnd" => "period-end", _ => field };

    /// <summary>What the return covers: the collection year, or Annex A's period when one was asked for.</summary>
    private static string Covering(ReturnParameters parameters) => parameters switch
    {
        { From: { } from, To: { } to } => $"{from:d MMMM yyyy} to {to:d MMMM yyyy}",
        { PeriodEnd: { } end } => $"the periods to {end:d MMMM yyyy}",
        _ => $"{parameters.Year.Label} ({parameters.Year.Start:d MMMM yyyy} to {parameters.Year.End:d MMMM yyyy})",
    };

    /// <summary>What the row records of the command: the return, its parameters as given, and where the files went.</summary>
    private static SortedDictionary<string, string> Parameters(IStatutoryReturn statutoryReturn, ReturnRequest request, ReturnParameters parameters)
    {
        var logged = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["return"] = statutoryReturn.Name,
            ["year"] = parameters.Year.EndYear.ToString(CultureInfo.InvariantCulture),
            ["out"] = Path.GetFullPath(request.OutDirectory),
        };
        if (request.AsRecordedAt is { } asRecordedAt) logged["asRecordedAt"] = asRecordedAt;
        if (parameters.PeriodEnd is { } end) logged["periodEnd"] = end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (parameters.From is { } from) logged["from"] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (parameters.To is { } to) logged["to"] = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return logged;
    }
}
