using Journey.Domain.Retention;

namespace Journey.Domain.Tests.Retention;

/// <summary>The schedule as data: every row sourced and quoted, every kind covered, holds naming why.</summary>
public sealed class RetentionScheduleTests
{
    private const string Header = "rule_id,kind,starts,years,effective_from,source,words,read_from";

    private static RetentionSchedule Parse(params string[] rows) =>
        RetentionSchedule.Parse(new StringReader(string.Join('\n', [Header, .. rows])), "test.csv");

    private static readonly string[] EveryKindCovered = RetentionKinds.All
        .Select(k => $"{k}-30y,{k},{(k == RetentionKinds.Adopted ? "adoption-order" : "birth")},30,2010-01-01,A source,Its words,here").ToArray();

    [Fact]
    public void The_default_schedule_covers_every_kind_with_sourced_quoted_rows()
    {
        var rules = RetentionSchedule.Default.Rules.ToList();

        rules.Select(r => r.Kind).Distinct().Order().ShouldBe(RetentionKinds.All.Order());
        rules.ShouldAllBe(r => r.Source.Length > 0 && r.Words.Length > 0 && r.ReadFrom.StartsWith("http"));
    }

    [Fact]
    public void A_schedule_leaving_a_kind_without_a_rule_from_2010_is_refused()
    {
        var rows = EveryKindCovered.Where(r => !r.StartsWith("looked-after")).Append("looked-after-75y,looked-after,birth,75,2011-04-01,A source,Its words,here").ToArray();

        Should.Throw<InvalidOperationException>(() => Parse(rows)).Message.ShouldContain("no row for looked-after");
    }

    [Fact]
    public void A_row_without_its_words_or_with_an_unknown_start_is_refused()
    {
        Should.Throw<FormatException>(() => Parse([.. EveryKindCovered, "x,contact-only,birth,5,2012-01-01,A source,,here"])).Message.ShouldContain("quotes its words");
        Should.Throw<FormatException>(() => Parse([.. EveryKindCovered, "x,contact-only,referral,5,2012-01-01,A source,Words,here"])).Message.ShouldContain("starts 'referral'");
    }

    [Fact]
    public void Holds_name_the_child_or_the_kinds_held()
    {
        var holds = new RetentionHolds(new HashSet<string> { "C-9" }, new HashSet<string> { RetentionKinds.ChildProtection });
        var protection = new HashSet<string> { RetentionKinds.ChildInNeed, RetentionKinds.ChildProtection };

        holds.Reason("C-9", new HashSet<string> { RetentionKinds.ContactOnly }).ShouldBe("A legal hold names C-9.");
        holds.Reason("C-1", protection).ShouldBe("A moratorium holds every child-protection record.");
        holds.Reason("C-1", new HashSet<string> { RetentionKinds.ChildInNeed }).ShouldBeNull();
    }
}
