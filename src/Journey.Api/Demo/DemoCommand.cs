using JasperFx.CommandLine;

namespace Journey.Api.Demo;

public sealed class DemoInput : NetCoreInput
{
    [Description("The demo journeys: an NDJSON file of commands (childId, command, recordedBy, body), as seeds/demo/journeys.ndjson")]
    public string JourneysFlag { get; set; } = "";

    [Description("Children of a synthetic authority-year from 1 April 2025 (seed 1), loaded through the import's bulk path; 0 for none")]
    public int ChildrenFlag { get; set; }
}

/// <summary>
/// dotnet run --project src/Journey.Api -- demo [--journeys FILE] [--children N]: loads the demo set into the database
/// before the service starts (ops/run.sh runs it after db-setup), rather than the service loading it as it starts
/// (decision 104). Run again, it stores nothing new. Connects as the schema owner, as every command does.
/// </summary>
[Description("Loads the demo journeys and a synthetic authority-year through the service's rules; a second run stores nothing new", Name = "demo")]
public sealed class DemoCommand : JasperFxAsyncCommand<DemoInput>
{
    public override async Task<bool> Execute(DemoInput input)
    {
        if (string.IsNullOrWhiteSpace(input.JourneysFlag) && input.ChildrenFlag <= 0)
        {
            await Console.Error.WriteLineAsync("Nothing to load: give --journeys FILE (the demo journeys, seeds/demo/journeys.ndjson) and/or --children N.");
            return false;
        }
        if (input.JourneysFlag is { Length: > 0 } file && !File.Exists(file))
        {
            // `dotnet run --project` runs from the project's directory, so a relative path is read from there.
            await Console.Error.WriteLineAsync($"No file at {Path.GetFullPath(file)}: a relative path is read from {Environment.CurrentDirectory}; give the file's full path.");
            return false;
        }
        using var host = input.BuildHost();
        var store = await Hosting.CommandLineStore.Prepare(host);
        var report = await DemoSet.Load(store, host.Services.GetRequiredService<TimeProvider>(), input.JourneysFlag, input.ChildrenFlag, CancellationToken.None);
        Console.WriteLine(report);
        return report.Synthetic is not { Refused: > 0 };
    }
}
