using JasperFx.CommandLine;

namespace Journey.Api.Import;

public sealed class ImportInput : NetCoreInput
{
    [Description("The NDJSON file to import")]
    public string File { get; set; } = "";

    [Description("Who is importing (kept in each event's importedBy header)")]
    [FlagAlias("as")]
    public string AsFlag { get; set; } = Environment.UserName;
}

/// <summary>
/// The import from the command line: dotnet run --project src/Journey.Api -- import FILE [--as NAME].
/// Prints the report; exits non-zero when any line was refused.
/// </summary>
[Description("Imports an NDJSON file of journey steps through the same rules as the API")]
public sealed class ImportCommand : JasperFxAsyncCommand<ImportInput>
{
    public override async Task<bool> Execute(ImportInput input)
    {
        using var host = input.BuildHost();
        await host.StartAsync();
        using var scope = host.Services.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<JourneyImporter>();
        using var reader = new StreamReader(input.File);
        var report = await importer.Import(reader, input.AsFlag, CancellationToken.None);
        Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(report, new System.Text.Json.JsonSerializerOptions(Hosting.ApiJson.Options)
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }));
        await host.StopAsync();
        return report.Refused == 0;
    }
}
