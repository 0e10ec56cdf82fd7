using System.Text.Json.Serialization;

namespace Journey.Projections.Disposal;

/// <summary>
/// One disposal as journey.disposals keeps it: the child, when, who carried it out and who
/// authorised it, why and under which retention rule, how many events it held, its last version and
/// the child's hash-chain head at that moment, and the row's own link in the disposals' chain.
/// </summary>
public sealed record DisposalRow(
    long Number,
    string ChildId,
    DateTimeOffset DisposedAt,
    string DisposedBy,
    string AuthorisedBy,
    string Reason,
    string RuleApplied,
    long Events,
    long LastVersion,
    string HeadHash,
    string PrevHash,
    string Hash,
    [property: JsonIgnore] string Canonical);
