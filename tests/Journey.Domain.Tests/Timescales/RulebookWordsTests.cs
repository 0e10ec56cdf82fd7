using Journey.Domain.Timescales;

namespace Journey.Domain.Tests.Timescales;

/// <summary>
/// Every rule of the rulebook and of each local rule set cites its source's words, where they were
/// read, and the counting they give (decision 77); the file refuses a rule that does not.
/// </summary>
public sealed class RulebookWordsTests
{
    private const string Header = "rule_id,measure,unit,target,counting,effective_from,basis,words,words_from\n";

    public static TheoryData<string> RuleSets => new(TimescaleRuleSets.Names);

    [Theory]
    [MemberData(nameof(RuleSets))]
    public void Every_rule_quotes_its_words_and_says_where_they_were_read(string ruleSet)
    {
        var rules = TimescaleRuleSets.Load(ruleSet).Rules.ToList();
        rules.ShouldNotBeEmpty();
        rules.ShouldAllBe(r => r.Words.Trim().Length > 0 && r.WordsFrom.Trim().Length > 0);
    }

    [Theory]
    [MemberData(nameof(RuleSets))]
    public void Only_care_proceedings_begin_with_their_day_as_the_statute_words_them(string ruleSet)
    {
        var dayOne = TimescaleRuleSets.Load(ruleSet).Rules.Where(r => r.Counting == TimescaleCounting.DayOne).ToList();
        dayOne.Select(r => r.RuleId).ShouldBe(["care-proceedings-26w"]);
        dayOne.ShouldAllBe(r => r.Words.Contains("beginning with the day"));
    }

    [Fact]
    public void A_rule_counted_from_the_day_after_never_says_beginning_with()
    {
        foreach (var name in TimescaleRuleSets.Names)
            TimescaleRuleSets.Load(name).Rules.Where(r => r.Counting == TimescaleCounting.DayZero)
                .ShouldAllBe(r => !r.Words.Contains("beginning with", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_rule_file_without_a_counting_column_is_refused() =>
        Should.Throw<FormatException>(() => TimescaleRulebook.Parse(
                new StringReader("rule_id,measure,unit,target,effective_from,basis\nx,m,days,35,2016-01-01,b\n"), "test.csv").Rules.ToList())
            .Message.ShouldBe($"test.csv line 2: no 'counting' column; the columns are {TimescaleRulebook.RulebookColumns}.");

    [Theory]
    [InlineData("x,m,weeks,26,day-2,2014-04-22,b,w,f", "test.csv line 2: counting 'day-2' is not one of day-0, day-1.")]
    [InlineData("x,m,weeks,26,day-1,2014-04-22,b,,f", "test.csv line 2 (x): words is empty; quote the words of the rule's source that set the period.")]
    [InlineData("x,m,weeks,26,day-1,2014-04-22,b,w, ", "test.csv line 2 (x): words_from is empty; say where the words were read.")]
    [InlineData("x,m,hours,72,day-1,2010-01-01,b,w,f", "test.csv line 2 (x): counting day-1 does not apply to hours, which run on the clock from the start instant.")]
    [InlineData("x,plan-short,months,3,day-1,2010-01-01,b,w,f",
        "test.csv line 2 (x): counting day-1 does not apply to 'plan-short', an age, duration or window counted from the day after its date.")]
    [InlineData("x,m,weeks,0,day-0,2010-01-01,b,w,f", "test.csv line 2 (x): target must be at least 1.")]
    public void A_rule_that_cannot_be_counted_as_it_says_is_refused(string line, string message) =>
        Should.Throw<FormatException>(() => TimescaleRulebook.Parse(new StringReader(Header + line + "\n"), "test.csv").Rules.ToList())
            .Message.ShouldBe(message);

    [Fact]
    public void A_day_one_rule_is_read_from_the_file_with_its_words()
    {
        var rule = TimescaleRulebook.Parse(new StringReader(Header + "x,m,weeks,26,day-1,2014-04-22,b,\"within, beginning with the day\",s.32\n"), "test.csv")
            .RuleFor("m", new DateOnly(2014, 4, 22));
        (rule.Counting, rule.Words, rule.WordsFrom).ShouldBe((TimescaleCounting.DayOne, "within, beginning with the day", "s.32"));
    }
}
