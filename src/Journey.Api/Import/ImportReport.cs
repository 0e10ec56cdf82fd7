using Journey.Domain.Journeys;

namespace Journey.Api.Import;

/// <summary>A line that was not stored, and why.</summary>
public sealed record ImportProblem(int Line, string? ChildId, string? Type, IReadOnlyList<RuleViolation> Violations);

/// <summary>
/// What an import did: every line is counted once, as stored, already imported (an identical line
/// stored before) or refused. The first <see cref="ImportLimits.MaxProblemsListed"/> refused lines are
/// listed in <see cref="Problems"/> with their line numbers, in the order they were found, and the rest
/// only counted (<see cref="ProblemsNotListed"/>), so a file of bad lines cannot fill the service's memory
/// (decision 72). This report keeps its listing in memory; <see cref="StreamedImportReport"/> writes it as it goes.
/// </summary>
public class ImportReport(int maxProblemsListed = ImportLimits.DefaultMaxProblemsListed)
{
    private readonly Queue<ImportProblem> _found = new();
    private int _listed;

    public int LinesRead { get; set; }
    public int Stored { get; set; }
    public int AlreadyImported { get; set; }
    public int Refused { get; private set; }
    public int EventsAppended { get; set; }
    public List<ImportProblem> Problems { get; } = [];
    public int ProblemsNotListed { get; private set; }

    /// <summary>Counts a refused line and keeps it to be listed while the listing has room. Safe from several writers at once.</summary>
    public void Refuse(ImportProblem problem)
    {
        lock (this)
        {
            Refused++;
            if (_listed < maxProblemsListed)
            {
                _listed++;
                _found.Enqueue(problem);
            }
            else ProblemsNotListed++;
        }
    }

    /// <summary>Lists the problems found since the last call. Called by the import between lines, by one caller at a time.</summary>
    public virtual ValueTask Flush(CancellationToken cancellation)
    {
        while (TakeFound(out var problem)) Problems.Add(problem);
        return ValueTask.CompletedTask;
    }

    /// <summary>Ends the report once the import has ended: every problem found listed, the counts final.</summary>
    public virtual ValueTask Finish(CancellationToken cancellation) => Flush(cancellation);

    protected bool TakeFound(out ImportProblem problem)
    {
        lock (this) return _found.TryDequeue(out problem!);
    }
}
