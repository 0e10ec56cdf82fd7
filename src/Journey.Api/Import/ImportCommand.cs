using JasperFx.CommandLine;

namespace Journey.Api.Import;

public sealed class ImportInput : NetCoreInput
{
    [Description("The NDJSON file to import")]
    public string File { get; set; } = "";

    [Description("Who is importing (kept in each event's importedBy header)")]
    [FlagAlias("as")]
    public string AsFlag { get; set; } = Environment.UserName;

    [Description("The migration's fast path: a child's consecutive lines decided together and stored in one transaction, several children at once")]
    public bool BulkFlag { get; set; }

    [Description("With --bulk: writers storing children in parallel (default 4)")]
    public int WorkersFlag { get; set; } = new BulkOptions().Workers;
}

/// <summary>
/// The import from the command line: dotnet run --project src/Journey.Api -- import FILE [--as NAME] [--bulk [--workers N]].
/// Prints the report; exits non-zero when any line was refused. --bulk takes the fast path
/// (<see cref="BulkImporter"/>): the same rules, ledger and report, for migrations.
/// </summary>
[Description("Imports an NDJSON file of journey steps through the same rules as the API")]
public sealed class ImportCommand : JasperFxAsyncCommand<ImportInput>
{
    public override async Task<bool> Execute(ImportInput input)
    {
        if (!File.Exists(input.File))
        {
            // `dotnet run --project` runs the service from its project's directory (its launch profile), so a
            // relative path is read from there, not from where the command was typed.
            await Console.Error.WriteLineAsync($"No file at {Path.GetFullPath(input.File)}: a relative path is read from the directory the command runs in " +
                $"({Environment.CurrentDirectory}); give the file's full path, for example \"$PWD/{input.File}\".");
            return false;
        }
        using var host = input.BuildHost();
        await Hosting.CommandLineStore.Prepare(host);
        using var scope = host.Services.CreateScope();
        using var reader = new StreamReader(input.File);
        // The report is printed as the import goes, as the service writes it (decision 72).
        await using var output = Console.OpenStandardOutput();
        var limits = host.Services.GetRequiredService<ImportLimits>();
        var report = new StreamedImportReport(output, limits.MaxProblemsListed, indented: true);
        if (input.BulkFlag)
            await scope.ServiceProvider.GetRequiredService<BulkImporter>()
                .Import(reader, input.AsFlag, new BulkOptions(Workers: Math.Max(1, input.WorkersFlag)), report, CancellationToken.None);
        else await scope.ServiceProvider.GetRequiredService<JourneyImporter>().Import(reader, input.AsFlag, report, CancellationToken.None);
        await output.WriteAsync("\n"u8.ToArray());
        return report.Refused == 0;
    }
}
