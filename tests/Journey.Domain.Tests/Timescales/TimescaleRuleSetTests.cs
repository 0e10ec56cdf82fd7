using Journey.Domain.Assessments;
using Journey.Domain.Timescales;

namespace Journey.Domain.Tests.Timescales;

/// <summary>
/// Local rule sets merged over the default rulebook. Expected dates are counted by hand from the
/// published bank holidays (Easter 2016: 25 and 28 March; early May 2016: 2 May; Easter 2018:
/// 30 March and 2 April; May 2018: 7 and 28 May).
/// </summary>
public sealed class TimescaleRuleSetTests
{
    private static readonly TimelinessClocks Default = TimelinessClocks.ForRuleSet(null);
    private static readonly TimelinessClocks Sandwell = TimelinessClocks.ForRuleSet("sandwell");

    private static DateTimeOffset Uk(string local) => DateTimeOffset.Parse(local);

    [Fact]
    public void The_same_referral_is_due_as_each_set_says()
    {
        var referral = Uk("2016-03-01T10:00:00+00:00"); // Tuesday
        // Default: 45 working days. 2-4 Mar (3), 7-11 (8), 14-18 (13), 21-24 (17), 29 Mar-1 Apr (21),
        // 4-8 (26), 11-15 (31), 18-22 (36), 25-29 (41), 3-6 May (45).
        var national = Default.Start(AssessmentClocks.Assessment, referral);
        (national.DueDate, national.Rule.RuleId).ShouldBe((new DateOnly(2016, 5, 6), "assessment-45wd-2013"));
        // Sandwell 2016: 35 calendar days, bank holidays and weekends counted.
        var local = Sandwell.Start(AssessmentClocks.Assessment, referral);
        (local.DueDate, local.Rule.RuleId, local.Rule.Unit).ShouldBe((new DateOnly(2016, 4, 5), "assessment-35d-sandwell-2016", TimescaleUnit.Days));
    }

    [Fact]
    public void Before_the_overrides_first_date_the_default_rules_stand()
    {
        var clock = Sandwell.Start(AssessmentClocks.Assessment, Uk("2015-12-31T23:30:00+00:00"));
        clock.Rule.RuleId.ShouldBe("assessment-45wd-2013");
        Sandwell.Start(AssessmentClocks.Assessment, Uk("2016-01-01T00:30:00+00:00")).Rule.RuleId.ShouldBe("assessment-35d-sandwell-2016");
    }

    [Fact]
    public void A_rule_changes_on_its_effective_date_within_the_override()
    {
        // Saturday 31 March 2018: 35 days, due Saturday 5 May (calendar days are not moved off weekends).
        var before = Sandwell.Start(AssessmentClocks.Assessment, Uk("2018-03-31T12:00:00+01:00"));
        (before.DueDate, before.Rule.RuleId).ShouldBe((new DateOnly(2018, 5, 5), "assessment-35d-sandwell-2016"));
        // Sunday 1 April 2018: 45 working days. 3-6 Apr (4), 9-13 (9), 16-20 (14), 23-27 (19), 30 Apr-4 May (24),
        // 8-11 (28), 14-18 (33), 21-25 (38), 29 May-1 Jun (42), 4-6 Jun (45).
        var after = Sandwell.Start(AssessmentClocks.Assessment, Uk("2018-04-01T12:00:00+01:00"));
        (after.DueDate, after.Rule.RuleId).ShouldBe((new DateOnly(2018, 6, 6), "assessment-45wd-sandwell-2018"));
    }

    [Fact]
    public void Measures_the_override_does_not_name_keep_the_default_rules()
    {
        var rules = Sandwell.Rulebook.Rules.Where(r => r.Measure != AssessmentClocks.Assessment).OrderBy(r => r.RuleId);
        rules.ShouldBe(Default.Rulebook.Rules.Where(r => r.Measure != AssessmentClocks.Assessment).OrderBy(r => r.RuleId));
        Sandwell.Rulebook.Rules.Where(r => r.Measure == AssessmentClocks.Assessment).Select(r => r.RuleId).Order()
            .ShouldBe(["assessment-35d-sandwell-2016", "assessment-35wd-2010", "assessment-45wd-2013", "assessment-45wd-sandwell-2018"]);
    }

    [Fact]
    public void Override_rows_replace_the_default_from_their_earliest_date_onward()
    {
        var defaults = Rulebook(
            ("a-1", "visit", "2010-01-01"), ("a-2", "visit", "2015-01-01"), ("a-3", "visit", "2020-01-01"), ("b-1", "review", "2010-01-01"));
        var merged = defaults.MergedWith(Rulebook(("local-1", "visit", "2016-06-01"), ("local-2", "visit", "2019-01-01"), ("new-1", "contact", "2012-01-01")));
        merged.Rules.Select(r => r.RuleId).Order().ShouldBe(["a-1", "a-2", "b-1", "local-1", "local-2", "new-1"]);
        merged.RuleFor("visit", new DateOnly(2016, 5, 31)).RuleId.ShouldBe("a-2");
        merged.RuleFor("visit", new DateOnly(2016, 6, 1)).RuleId.ShouldBe("local-1");
        merged.RuleFor("visit", new DateOnly(2021, 1, 1)).RuleId.ShouldBe("local-2"); // the default's 2020 rule was replaced
    }

    [Fact]
    public void A_rule_id_used_twice_is_refused() =>
        Should.Throw<InvalidOperationException>(() => Rulebook(("a-1", "visit", "2010-01-01")).MergedWith(Rulebook(("a-1", "review", "2012-01-01"))))
            .Message.ShouldContain("a-1");

    [Theory]
    [InlineData("lambeth")]
    [InlineData("../timescale-rules")]
    [InlineData("Sandwell")]
    public void An_unknown_rule_set_is_refused_with_the_known_ones(string name) =>
        Should.Throw<InvalidOperationException>(() => TimelinessClocks.ForRuleSet(name))
            .Message.ShouldBe($"Journey:RuleSet '{name}' is not a known rule set. Known rule sets: default, sandwell (seeds/reference/rule-sets/NAME.csv).");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("default")]
    public void No_rule_set_or_default_is_the_default_rulebook(string? name) =>
        TimelinessClocks.ForRuleSet(name).ShouldBeSameAs(TimelinessClocks.Default);

    [Fact]
    public void Days_are_a_unit_of_the_rulebook_file_and_anything_else_is_refused()
    {
        var parsed = TimescaleRulebook.Parse(new StringReader("rule_id,measure,unit,target,counting,effective_from,basis,words,words_from\nx,m,days,35,day-0,2016-01-01,b,w,f\n"), "test.csv");
        parsed.RuleFor("m", new DateOnly(2016, 1, 1)).Unit.ShouldBe(TimescaleUnit.Days);
        Should.Throw<FormatException>(() => TimescaleRulebook.Parse(
                new StringReader("rule_id,measure,unit,target,counting,effective_from,basis,words,words_from\nx,m,fortnights,2,day-0,2016-01-01,b,w,f\n"), "test.csv").Rules.ToList())
            .Message.ShouldBe("test.csv line 2: unit 'fortnights' is not one of working-days, hours, months, weeks, days.");
    }

    private static TimescaleRulebook Rulebook(params (string Id, string Measure, string From)[] rules) =>
        new(rules.Select(r => new TimescaleRule(r.Id, r.Measure, TimescaleUnit.WorkingDays, 10, DateOnly.Parse(r.From), "test")));
}
