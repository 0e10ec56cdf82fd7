using Journey.Domain.Journeys;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Journeys;

/// <summary>The shared checks every command's rules are built from.</summary>
public sealed class ChecksTests
{
    [Fact]
    public void One_minute_of_clock_skew_is_forgiven() =>
        Checks.ClockSkewAllowance.ShouldBe(TimeSpan.FromMinutes(1));

    [Fact]
    public void Not_in_future_is_inclusive_of_the_allowance()
    {
        new Checks().NotInFuture(JustInsideSkew, Now, "at").Any.ShouldBeFalse();
        new Checks().NotInFuture(JustOutsideSkew, Now, "at").Refuse().ShouldBeRefusedWith(("at", "not-in-future"));
    }

    [Fact]
    public void Not_in_future_with_no_date_reports_it_missing_rather_than_in_the_future() =>
        new Checks().NotInFuture(null, Now, "at").Refuse().ShouldBeRefusedWith(("at", "required"));

    [Fact]
    public void Not_before_lets_a_missing_date_through_for_required_to_report() =>
        new Checks().NotBefore(null, Day1, "at", "after-x", "x").Any.ShouldBeFalse();

    [Fact]
    public void Required_text_reports_blank_and_too_long_separately()
    {
        new Checks().Required(null, "f").Refuse().ShouldBeRefusedWith(("f", "required"));
        new Checks().Required("\t", "f").Refuse().ShouldBeRefusedWith(("f", "required"));
        new Checks().Required("abc", "f", maxLength: 3).Any.ShouldBeFalse();
        new Checks().Required("abcd", "f", maxLength: 3).Refuse().ShouldBeRefusedWith(("f", "max-length"));
        new Checks().Required("    ", "f", maxLength: 3).Refuse().ShouldBeRefusedWith(("f", "required"), ("f", "max-length"));
    }

    [Fact]
    public void Or_accepts_only_when_nothing_was_broken()
    {
        var accepted = false;
        new Checks().Require(false, "f", "r", "m").Or(() => { accepted = true; return Decision.Accept(); })
            .ShouldBeRefusedWith(("f", "r"));
        accepted.ShouldBeFalse();
    }
}
