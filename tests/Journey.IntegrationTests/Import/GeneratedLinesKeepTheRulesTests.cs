using Journey.Api.Import;
using Journey.Domain.Journeys;
using Journey.Synthetic;

namespace Journey.IntegrationTests.Import;

/// <summary>
/// Generated lines pass the import's rules, read and decided as the import does them, in memory (no
/// store: a refusal is the rules', whatever stores it), over the hundred authority-years the
/// benchmark's largest store holds (seed 1 + k, the year k mod 10 before the latest). A rare refusal
/// shows only over many children: a step drawn after the case had closed, or a child referred at 17
/// entering care after turning 18 (SSDA903 rule 352), which six of these hundred years drew.
/// </summary>
public sealed class GeneratedLinesKeepTheRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    public static TheoryData<int> Years => new(Enumerable.Range(0, 100));

    [Theory, MemberData(nameof(Years))]
    public void Every_generated_line_of_an_authority_year_is_accepted_by_the_rules(int year)
    {
        var options = new GeneratorOptions(1 + year, new DateOnly(2025 - year % 10, 4, 1), 1, 900, Now, $"R{year:D3}");
        var refused = new List<string>();
        var changes = 0;
        foreach (var (child, lines) in JourneyGenerator.Children(options))
        {
            var journey = ChildJourney.New(child);
            var number = 0;
            foreach (var text in lines)
            {
                var (line, _, type, problems) = ImportLine.Read(++number, text, DateTimeOffset.UtcNow);
                problems.ShouldBeEmpty(text);
                if (type is "EventCorrected" or "EventWithdrawn") changes++;
                var decision = line!.Command.DecideWithinLimits(journey, DateTimeOffset.UtcNow);
                refused.AddRange(decision.Violations.Select(v => $"{child} {type}: {v.Field} {v.Rule} {v.Message}"));
                foreach (var e in decision.Events) journey = journey.Evolve(e);
            }
        }
        refused.ShouldBeEmpty();
        changes.ShouldBeGreaterThan(0, "the year holds corrections or withdrawals for the rules to check");
    }
}
