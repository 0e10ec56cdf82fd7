using JasperFx.CommandLine;

namespace Journey.Api.Returns;

public sealed class ReturnsInput : NetCoreInput
{
    [Description("The return: cin, ssda903 or annex-a")]
    public string Return { get; set; } = "";

    [Description("The collection year, by the year it ends: 2026 is 2025/26 (1 April 2025 to 31 March 2026)")]
    [FlagAlias("year")]
    public int? YearFlag { get; set; }

    [Description("The directory the return's files are written into (made if absent)")]
    [FlagAlias("out")]
    public string? OutFlag { get; set; }

    [Description("The return as it stood then: only what had been recorded by this instant (a date: the end of that UK day)")]
    [FlagAlias("as-recorded-at")]
    public string? AsRecordedAtFlag { get; set; }

    [Description("Annex A: the last day its lists cover, each list's period worked out back from it (instead of --year)")]
    [FlagAlias("period-end")]
    public string? PeriodEndFlag { get; set; }

    [Description("Annex A: the first day of a period asked for, with --to (instead of --year)")]
    [FlagAlias("from")]
    public string? FromFlag { get; set; }

    [Description("Annex A: the last day of a period asked for, with --from")]
    [FlagAlias("to")]
    public string? ToFlag { get; set; }

    [Description("Who is reading the return (the access log's user)")]
    [FlagAlias("as")]
    public string AsFlag { get; set; } = Environment.UserName;
}

/// <summary>
/// A statutory return from the command line: dotnet run --project src/Journey.Api -- returns cin|ssda903|annex-a
/// --year 2026 --out DIR [--as-recorded-at 2026-05-01] [--as NAME]; Annex A also takes --period-end DATE or --from DATE
/// --to DATE instead of --year (decision 93). Writes every file of the return into DIR,
/// prints what it wrote and what is missing, and logs the read in the access log as NAME's (decision 82).
/// Exits non-zero when the return or its parameters are refused, or the read could not be logged.
/// </summary>
[Description("Writes a statutory return (CIN census, SSDA903, Annex A) for a collection year into a directory")]
public sealed class ReturnsCommand : JasperFxAsyncCommand<ReturnsInput>
{
    public override async Task<bool> Execute(ReturnsInput input)
    {
        if (input.OutFlag is not { Length: > 0 } directory)
        {
            await Console.Error.WriteLineAsync("--out is required: the directory the return's files are written into.");
            return false;
        }
        using var host = input.BuildHost();
        var store = await Hosting.CommandLineStore.Prepare(host);
        return await ReturnWriter.Write(new ReturnRequest(input.Return, input.YearFlag, input.AsRecordedAtFlag, input.AsFlag, directory,
                input.PeriodEndFlag, input.FromFlag, input.ToFlag),
            host.Services.GetRequiredService<StatutoryReturns>(), store, TimeProvider.System, Console.Out, CancellationToken.None);
    }
}
