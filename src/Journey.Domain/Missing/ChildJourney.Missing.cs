using Journey.Domain.Missing;

namespace Journey.Domain.Journeys;

/// <summary>Missing's part of the journey's fold (decision 113): each time the child was missing or away, until the return.</summary>
public sealed partial class ChildJourney
{
    public List<MissingState> MissingEpisodes { get; set; } = [];

    public MissingState? OpenMissingEpisode => MissingEpisodes.LastOrDefault(m => m.ReturnedAt is null);

    internal void FoldMissing(IJourneyEvent e)
    {
        switch (e)
        {
            case MissingEpisodeStarted x: MissingEpisodes.Add(new MissingState(x.MissingNumber, x.OccurredAt, null, x.MissingOrAway)); break;
            case ReturnedFromMissing x: Replace(MissingEpisodes, m => m.Number == x.MissingNumber, m => m with { ReturnedAt = x.OccurredAt }); break;
        }
    }
}

public sealed record MissingState(int Number, DateTimeOffset StartedAt, DateTimeOffset? ReturnedAt, string? MissingOrAway = null);
