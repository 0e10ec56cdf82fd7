using JasperFx.CommandLine;

namespace Journey.Api.Snapshot;

public sealed class SnapshotCompareInput : NetCoreInput
{
    [Description("The first snapshot (before)")]
    public string A { get; set; } = "";

    [Description("The second snapshot (after)")]
    public string B { get; set; } = "";

    [Description("Keys listed of each kind of differing row (changed, missing, added) per part (default 5)")]
    public int KeysFlag { get; set; } = SnapshotComparison.DefaultKeysListed;
}

/// <summary>
/// dotnet Journey.Api.dll snapshot-compare A B [--keys N]: holds two files written by `snapshot` against each other and
/// prints, part by part, equal or how it differs with the first keys of the rows that do (decision 131); exits non-zero
/// on any difference. Reads only the two files (the service, as for every command, still needs JOURNEY_DB to start).
/// The keys printed hold children's ids.
/// </summary>
[Description("Compares two snapshots part by part; exits non-zero on any difference", Name = "snapshot-compare")]
public sealed class SnapshotCompareCommand : JasperFxAsyncCommand<SnapshotCompareInput>
{
    public override async Task<bool> Execute(SnapshotCompareInput input)
    {
        foreach (var path in new[] { input.A, input.B }.Where(p => !File.Exists(p)))
        {
            await Console.Error.WriteLineAsync($"No snapshot at {Path.GetFullPath(path)}.");
            return false;
        }
        try
        {
            var a = await StoreSnapshot.Read(input.A, CancellationToken.None);
            var b = await StoreSnapshot.Read(input.B, CancellationToken.None);
            var comparison = SnapshotComparison.Of(a, b, Math.Max(0, input.KeysFlag));
            comparison.Write(Console.Out, a, b, input.A, input.B);
            return comparison.Equal;
        }
        catch (Exception e) when (e is InvalidDataException or System.Text.Json.JsonException)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return false;
        }
    }
}
