namespace Journey.Api.Recording;

/// <summary>
/// What a successful write answers: the child's journey version after the write (send it back as
/// expectedVersion to guard the next write) and the events appended.
/// </summary>
public sealed record Recorded(string ChildId, long Version, IReadOnlyList<string> Events);
