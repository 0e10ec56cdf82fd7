namespace Journey.Api.Hosting;

/// <summary>
/// How large a request body may be (decision 51, docs/api.md "Input rules"). Kestrel enforces them:
/// <see cref="Body"/> is its limit for every request, and the import raises its own with
/// [RequestSizeLimit]. A body over the limit is answered 413 with a problem and nothing is stored.
/// </summary>
public static class RequestLimits
{
    /// <summary>
    /// Every body but an import's: 64 KiB. The largest step (three free-text fields of 2,000
    /// characters, each character up to 6 bytes once escaped, and 50 attendees of 200) is under 50 KiB;
    /// a correction carries one such step.
    /// </summary>
    public const long Body = 64 * 1024;

    /// <summary>
    /// An NDJSON import: 100 MiB, about 250,000 lines, which the line-by-line import takes most of an
    /// hour to store. Larger migrations use the import command (--bulk), which reads a file of any size.
    /// </summary>
    public const long ImportBody = 100L * 1024 * 1024;
}
