using System.Globalization;
using Journey.Synthetic;

// dotnet run --project src/Journey.Synthetic -- FILE [--seed N] [--from yyyy-MM-dd] [--years N] [--children N] [--now ISO] [--prefix P]
var usage = """
    Writes deterministic synthetic journeys as NDJSON for the import (the same options give the same file).
      FILE              where to write ('-' for standard output)
      --seed N          random seed (default 1)
      --from DATE       first day of contacts, yyyy-MM-dd (default 2024-04-01)
      --years N         authority-years of contacts (default 1)
      --children N      children first contacted in each year (default 17000, a metropolitan borough)
      --now INSTANT     nothing is dated after this ISO 8601 instant (default now; fix it to reproduce a file)
      --prefix P        prefix of child and family ids (default SYN)
    """;
if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine(usage);
    return args.Length == 0 ? 1 : 0;
}
var flags = new Dictionary<string, string>();
for (var i = 1; i + 1 < args.Length; i += 2) flags[args[i]] = args[i + 1];
var options = new GeneratorOptions(
    int.Parse(flags.GetValueOrDefault("--seed", "1"), CultureInfo.InvariantCulture),
    DateOnly.ParseExact(flags.GetValueOrDefault("--from", "2024-04-01"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
    int.Parse(flags.GetValueOrDefault("--years", "1"), CultureInfo.InvariantCulture),
    int.Parse(flags.GetValueOrDefault("--children", "17000"), CultureInfo.InvariantCulture),
    flags.TryGetValue("--now", out var now) ? DateTimeOffset.Parse(now, CultureInfo.InvariantCulture) : DateTimeOffset.UtcNow,
    flags.GetValueOrDefault("--prefix", "SYN"));
await using var writer = args[0] == "-" ? new StreamWriter(Console.OpenStandardOutput()) : new StreamWriter(args[0]);
var lines = 0;
foreach (var line in JourneyGenerator.Lines(options))
{
    await writer.WriteLineAsync(line);
    lines++;
}
await Console.Error.WriteLineAsync($"Wrote {lines} lines for {options.Years * options.ChildrenPerYear} children.");
return 0;
