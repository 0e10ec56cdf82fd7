using Journey.Domain.Journeys;

namespace Journey.Api.Import;

/// <summary>A line that was not stored, and why.</summary>
public sealed record ImportProblem(int Line, string? ChildId, string? Type, IReadOnlyList<RuleViolation> Violations);

/// <summary>
/// What an import did: every line is counted once, as stored, already imported (an identical line
/// stored before) or refused (listed in <see cref="Problems"/> with its line number).
/// </summary>
public sealed class ImportReport
{
    public int LinesRead { get; set; }
    public int Stored { get; set; }
    public int AlreadyImported { get; set; }
    public int Refused => Problems.Count;
    public int EventsAppended { get; set; }
    public List<ImportProblem> Problems { get; } = [];
}
