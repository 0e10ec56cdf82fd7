using JasperFx.CommandLine;

namespace Journey.Api.Integrity;

public sealed class VerifyInput : NetCoreInput
{
    [Description("Verify only this child's chain")]
    [FlagAlias("child")]
    public string? ChildFlag { get; set; }

    [Description("First seal history stored before chaining began (children none of whose events is chained), once")]
    [FlagAlias("seal")]
    public bool SealFlag { get; set; }

    [Description("Who seals (kept in each sealed link's sealed_by)")]
    [FlagAlias("as")]
    public string AsFlag { get; set; } = Environment.UserName;

    [Description("Write every verified child's latest link (child_id,version,hash) to this file, to keep outside the database")]
    [FlagAlias("heads")]
    public string? HeadsFlag { get; set; }

    [Description("Check heads kept earlier (a file written by --heads) against the links stored now")]
    [FlagAlias("anchors")]
    public string? AnchorsFlag { get; set; }
}

/// <summary>
/// Verification from the command line: dotnet run --project src/Journey.Api -- verify [--child ID]
/// [--seal [--as NAME]] [--heads FILE] [--anchors FILE]. Prints progress and every broken link to
/// standard error and the report to standard output; exits non-zero unless every chain is intact.
/// </summary>
[Description("Recomputes the hash chains of the stored events and reports the first broken link of each child")]
public sealed class VerifyCommand : JasperFxAsyncCommand<VerifyInput>
{
    public override async Task<bool> Execute(VerifyInput input)
    {
        using var host = input.BuildHost();
        var run = new VerificationRun(await Hosting.CommandLineStore.Prepare(host), TimeProvider.System, Console.Out, Console.Error);
        return await run.Execute(new VerificationOptions(input.ChildFlag, input.SealFlag, input.AsFlag, input.HeadsFlag, input.AnchorsFlag),
            CancellationToken.None);
    }
}
