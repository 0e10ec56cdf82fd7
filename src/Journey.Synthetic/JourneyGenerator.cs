using Journey.Domain.Calendars;

namespace Journey.Synthetic;

/// <summary>
/// Writes an authority's years of children's journeys as NDJSON import lines, deterministically:
/// the same options give the same lines. Shapes follow domain reference section 6 (for every 100
/// contacts about 23 referrals, 8 section 47 enquiries and 2-3 initial conferences; re-referrals
/// within twelve months near 22% of referrals; about 86% of assessments and 80% of initial
/// conferences in time; GeneratedAuthorityShapeTests counts them in a 17,000-child year), with child
/// protection and child in need plans, visits, reviews, missing episodes, care, case closures, late
/// recording, the statutory returns' fields (<see cref="ReturnFields"/>), and corrections and withdrawals
/// (<see cref="JourneyChanges"/>). Every line keeps the import's rules (a test imports a year and expects no refusal).
/// </summary>
public static class JourneyGenerator
{
    public static IEnumerable<string> Lines(GeneratorOptions options) => Children(options).SelectMany(c => c.Lines);

    public static IEnumerable<(string ChildId, IEnumerable<string> Lines)> Children(GeneratorOptions options)
    {
        var calendar = WorkingDayCalendar.EnglandAndWales;
        var total = options.Years * options.ChildrenPerYear;
        var days = options.From.AddYears(options.Years).DayNumber - options.From.DayNumber;
        for (var i = 0; i < total; i++)
        {
            // A random source per child, so one child's journey never depends on another's.
            var random = new Random(unchecked(options.Seed * 1_000_003 + i));
            var childId = $"{options.ChildPrefix}-{i + 1:D7}";
            // Children are numbered in order of their first contact, spread evenly over the years.
            var firstContact = options.From.AddDays((int)((long)i * days / total));
            var familyId = FamilyOf(options, i);
            // The returns' fields and the migrated corrections each draw from a random source of their own,
            // so neither changes the journeys (decisions 56 and 83).
            var journey = ReturnFields.Add(new JourneyScript(random, calendar, firstContact, familyId).Write(),
                new Random(Mixed(unchecked(options.Seed + ReturnFieldsSeed), i)));
            var steps = JourneyChanges.Add(journey, new Random(Mixed(options.Seed, i)));
            var kept = steps.Where(s => s.OccurredAt <= options.Now)
                .Select(s => s.RecordedAt > options.Now ? s with { RecordedAt = options.Now } : s)
                .OrderBy(s => s.OccurredAt).ToList();
            yield return (childId, kept.Select(s => s.ToLine(childId)));
        }
    }

    /// <summary>Offsets the seed of the returns' fields from the corrections' (<see cref="Mixed"/>).</summary>
    private const int ReturnFieldsSeed = 0x2E7F_1D5;

    /// <summary>
    /// A seed per child whose bits are well mixed (SplitMix64's finaliser): seeds that differ by one give
    /// System.Random first draws that are close together, which skews a rare event drawn first.
    /// </summary>
    private static int Mixed(int seed, int child)
    {
        var z = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL + (ulong)child);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)((z ^ (z >> 31)) & int.MaxValue);
    }

    /// <summary>About 45% of children are linked to a family; linked children among each three in a row are siblings.</summary>
    private static string? FamilyOf(GeneratorOptions options, int child) =>
        new Random(unchecked(options.Seed * 7_919 + child)).NextDouble() < 0.45 ? $"{options.ChildPrefix}-FAM-{child / 3 + 1:D7}" : null;
}
