using System.Text.RegularExpressions;

namespace Journey.Domain.Journeys;

/// <summary>
/// The local authority's own identifier for the child (the CIN census LAchildID): the natural key
/// of the child's stream. Up to 36 letters, digits, '-' or '_' — what authorities' case systems issue.
/// </summary>
public static partial class ChildId
{
    public const int MaxLength = 36;

    // \z, not $: $ also matches before a final newline, which would make "C1\n" a second child.
    [GeneratedRegex(@"\A[A-Za-z0-9][A-Za-z0-9_-]{0,35}\z")]
    private static partial Regex Pattern();

    public static RuleViolation? Check(string? childId) =>
        childId is not null && Pattern().IsMatch(childId)
            ? null
            : new RuleViolation("childId", "child-id-format",
                $"childId must be 1 to {MaxLength} letters, digits, '-' or '_', starting with a letter or digit.");
}
