namespace Journey.Api.Returns;

/// <summary>
/// What a return is asked for: the collection year and, to rebuild it as it stood when it was sent, the instant
/// by which its facts had been recorded (null: as the journeys stand now). Annex A's periods (a period end, from
/// and to) are added here beside them, parsed by <see cref="ReturnQuery"/>.
/// </summary>
public sealed record ReturnParameters(CollectionYear Year, DateTimeOffset? AsRecordedAt);
