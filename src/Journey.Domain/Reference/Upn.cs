using Journey.Domain.Journeys;

namespace Journey.Domain.Reference;

/// <summary>
/// The DfE's unique pupil number (CIN census UPN and FormerUPN, SSDA903 UPN): 13 characters, a check
/// letter, the 3-digit number of the local authority that issued it, 8 digits, then a digit (a
/// permanent UPN) or a letter (a temporary one). Checked as the CIN census validation rules check it:
/// 1510 (check letter), 1530 (the authority's number), 1540 (characters 5 to 12 digits) and 1550
/// (character 13 a digit or a letter other than I, O and S); the SSDA903's rule 168 allows the same.
/// </summary>
public static class Upn
{
    public const string FormatRule = "upn-format";
    public const string AuthorityRule = "upn-la-number";
    public const string CheckLetterRule = "upn-check-letter";

    /// <summary>The check letters, by remainder 0 to 22: the alphabet without I, O and S (CIN rule 1510).</summary>
    public const string CheckLetters = "ABCDEFGHJKLMNPQRTUVWXYZ";

    /// <summary>
    /// Characters 2 to 4: the DfE numbers of local authorities since April 1998 and the pseudo-authority
    /// numbers, as CIN census validation rule 1530 (2023-24 onwards) lists them.
    /// </summary>
    private static readonly HashSet<int> AuthorityNumbers =
    [
        .. Enumerable.Range(1, 5), .. Enumerable.Range(201, 13), .. Enumerable.Range(301, 20), .. Enumerable.Range(330, 7),
        .. Enumerable.Range(340, 5), .. Enumerable.Range(350, 10), .. Enumerable.Range(370, 4), .. Enumerable.Range(380, 5),
        .. Enumerable.Range(390, 5), .. Enumerable.Range(660, 22), .. Enumerable.Range(701, 8), .. Enumerable.Range(800, 4),
        .. Enumerable.Range(805, 4), .. Enumerable.Range(810, 4), .. Enumerable.Range(820, 4), .. Enumerable.Range(835, 5),
        .. Enumerable.Range(850, 3), .. Enumerable.Range(855, 3), .. Enumerable.Range(865, 32), .. Enumerable.Range(935, 4),
        .. Enumerable.Range(940, 2),
        420, 815, 816, 825, 826, 830, 831, 840, 841, 845, 846, 860, 861, 908, 909, 916, 919, 921, 925, 926, 928, 929, 931, 933, 942, 943,
    ];

    /// <summary>Every rule <paramref name="upn"/> breaks, named for <paramref name="field"/>; none when it is absent.</summary>
    public static IEnumerable<RuleViolation> Check(string? upn, string field)
    {
        if (upn is null) yield break;
        if (!IsWellFormed(upn))
        {
            yield return new RuleViolation(field, FormatRule,
                $"{field} must be 13 characters: a check letter, the issuing authority's 3-digit number, 8 digits, " +
                "then a digit or a capital letter other than I, O and S (CIN census rules 1540 and 1550).");
            yield break;
        }
        if (!AuthorityNumbers.Contains(int.Parse(upn[1..4], System.Globalization.CultureInfo.InvariantCulture)))
            yield return new RuleViolation(field, AuthorityRule,
                $"{field}: characters 2 to 4 ({upn[1..4]}) are not the number of a local authority in England (CIN census rule 1530).");
        if (upn[0] != CheckLetter(upn[1..]))
            yield return new RuleViolation(field, CheckLetterRule,
                $"{field}: the check letter (character 1) does not match the other twelve characters (CIN census rule 1510).");
    }

    /// <summary>
    /// The check letter of a UPN's characters 2 to 13: each weighted by its position (2 to 13), summed,
    /// the remainder on division by 23 read as a letter of <see cref="CheckLetters"/> (CIN rule 1510).
    /// A temporary UPN's letter at position 13 counts as its own place in <see cref="CheckLetters"/>
    /// (A as 0), as the DfE's UPN guide sets it.
    /// </summary>
    public static char CheckLetter(string lastTwelve)
    {
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            var c = lastTwelve[i];
            var value = char.IsAsciiDigit(c) ? c - '0' : CheckLetters.IndexOf(c);
            sum += value * (i + 2);
        }
        return CheckLetters[sum % 23];
    }

    private static bool IsWellFormed(string upn) =>
        upn.Length == 13
        && CheckLetters.Contains(upn[0])
        && upn[1..12].All(char.IsAsciiDigit)
        && (char.IsAsciiDigit(upn[12]) || CheckLetters.Contains(upn[12]));
}
