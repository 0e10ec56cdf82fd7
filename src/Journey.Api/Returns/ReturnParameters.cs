namespace Journey.Api.Returns;

/// <summary>
/// What a return is asked for: the collection year and, to rebuild it as it stood when it was sent, the instant
/// by which its facts had been recorded (null: as the journeys stand now). Annex A's periods are beside them
/// (decision 93): <see cref="PeriodEnd"/>, the last day its lists cover (each list's period worked out back from
/// it), or <see cref="From"/> and <see cref="To"/>, any period asked for; only a return that takes a period
/// (<see cref="IStatutoryReturn.TakesPeriod"/>) is given them, parsed by <see cref="ReturnQuery"/>.
/// </summary>
public sealed record ReturnParameters(CollectionYear Year, DateTimeOffset? AsRecordedAt, DateOnly? PeriodEnd = null, DateOnly? From = null, DateOnly? To = null);
