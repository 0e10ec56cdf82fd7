using Journey.Domain.Journeys;
using Journey.Projections.Logging;

namespace Journey.Api.Import;

/// <summary>
/// The import's own refusals that no rule of the journey makes: a line too long to read, and a line the database
/// would not store. What a caller is told names the line and what to do, never the failed command's SQL, its
/// values or what the line recorded (decision 73); operators get the failure's kind in the service's log.
/// </summary>
public static class ImportFailures
{
    public const string TooLongRule = "max-line-length";
    public const string NotStoredRule = "stored";

    public static ImportProblem TooLong(int line, int maxLineBytes) => new(line, null, null,
    [
        new RuleViolation("line", TooLongRule,
            $"Line {line} is longer than {maxLineBytes:N0} bytes, the longest a line may be (one step); it was skipped without being read."),
    ]);

    public static ImportProblem NotStored(ImportLine line) => new(line.Number, line.ChildId, line.Step.Event.Name,
    [
        new RuleViolation("line", NotStoredRule,
            $"Line {line.Number} could not be stored: the database refused it, so nothing of it was stored, and the import went on. " +
            "Correct the line, or ask an administrator to look in the service's log for this line, then import the file again: lines already imported are skipped."),
    ]);

    public static void LogNotStored(ILogger? log, string importedBy, IEnumerable<int> lines, Exception failure) =>
        log?.LogWarning("An import by {ImportedBy} could not store line(s) {Lines}: {FailureKind}.", importedBy, string.Join(", ", lines), FailureKind.Of(failure));
}
