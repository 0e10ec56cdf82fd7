using Marten;
using Weasel.Postgresql;

namespace Journey.Projections.Reviews;

/// <summary>A batch's changes to a chain kept in one episode table and one table of events held.</summary>
public sealed class ChainChanges
{
    public EpisodeChanges Episodes { get; } = new();
    public HeldChanges Held { get; } = new();

    /// <summary>Writes both, each table in its set statements (<see cref="EpisodeChanges.Write"/>, <see cref="HeldChanges.Write"/>).</summary>
    public void Write(IDocumentOperations operations, PostgresqlObjectName episodesTable, string numberColumn, string startColumn, string endColumn,
        PostgresqlObjectName heldTable)
    {
        Episodes.Write(operations, episodesTable, numberColumn, startColumn, endColumn);
        Held.Write(operations, heldTable, numberColumn);
    }
}
