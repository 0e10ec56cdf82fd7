using Journey.Domain.Closure;
using Journey.Domain.Corrections;
using Journey.Domain.EarlyHelp;
using Journey.Domain.FrontDoor;
using Journey.Domain.LookedAfter;
using Journey.Domain.Permanence;
using Journey.Domain.Protection;
using Journey.Domain.Retention;
using static Journey.Domain.Tests.Retention.RetentionJourneys;

namespace Journey.Domain.Tests.Retention;

/// <summary>
/// Each rule of the default schedule at its edge: the day before the period ends the record is kept,
/// on the day it ends it is due. The expected dates are counted by hand from the schedule's words.
/// </summary>
public sealed class RetentionPeriodTests
{
    private static readonly RetentionSchedule Schedule = RetentionSchedule.Default;
    private static readonly DateOnly Today = new(2026, 12, 6);

    private static RetentionEnd End(params Journey.Domain.Journeys.IJourneyEvent[] events) => RetentionPeriod.Of(Fold(events), Schedule, Today);

    [Fact]
    public void A_looked_after_childs_record_is_kept_to_the_75th_anniversary_of_birth_and_is_due_on_it()
    {
        var end = End(Contact(On(2012, 3, 5)), Born(new DateOnly(1995, 6, 14), On(2012, 3, 6)),
            new EnteredCare(1, On(2012, 4, 2), "C2", true, false));

        end.Kind.ShouldBe(RetentionKinds.LookedAfter);
        end.Rule.RuleId.ShouldBe("looked-after-75y");
        end.StartsOn.ShouldBe(new DateOnly(1995, 6, 14));
        end.EndsOn.ShouldBe(new DateOnly(2070, 6, 14));
        end.IsDue(new DateOnly(2070, 6, 13)).ShouldBeFalse();
        end.IsDue(new DateOnly(2070, 6, 14)).ShouldBeTrue();
    }

    [Fact]
    public void A_29_February_birthday_reaches_its_anniversary_on_28_February_as_ages_do()
    {
        // Decision 36: 75 years from 29 February 1996 is 28 February 2071 (2071 is not a leap year).
        var end = End(Contact(On(2012, 3, 5)), Born(new DateOnly(1996, 2, 29), On(2012, 3, 6)),
            new EnteredCare(1, On(2012, 4, 2), "C2", true, false));

        end.EndsOn.ShouldBe(new DateOnly(2071, 2, 28));
        end.IsDue(new DateOnly(2071, 2, 27)).ShouldBeFalse();
        end.IsDue(new DateOnly(2071, 2, 28)).ShouldBeTrue();
    }

    [Fact]
    public void A_child_in_need_is_kept_until_30_and_a_child_who_died_before_18_six_years_from_the_death()
    {
        var referred = End(Contact(On(2010, 1, 4)), Born(new DateOnly(1985, 1, 6), On(2010, 1, 5)), new ReferralAccepted(1, 1, On(2010, 1, 6), "N1"));
        referred.Rule.RuleId.ShouldBe("child-in-need-30y");
        referred.EndsOn.ShouldBe(new DateOnly(2015, 1, 6));

        // Died at 12, recorded by the case's closure RC2 ("Died") on 10 March 2016.
        var died = End(Contact(On(2015, 3, 2)), Born(new DateOnly(2003, 8, 1), On(2015, 3, 3)), new ReferralAccepted(1, 1, On(2015, 3, 4), "N1"),
            new CaseClosed(On(2016, 3, 10), "RC2"));
        died.Rule.RuleId.ShouldBe("child-in-need-6y-death");
        died.StartsOn.ShouldBe(new DateOnly(2016, 3, 10));
        died.EndsOn.ShouldBe(new DateOnly(2022, 3, 10));
    }

    [Fact]
    public void The_death_row_applies_only_before_the_18th_birthday()
    {
        // Born 1 August 1998: 18 on 1 August 2016. Care ceased E2 ("Died") the day before and on the day.
        var before = End(Contact(On(2012, 3, 5)), Born(new DateOnly(1998, 8, 1), On(2012, 3, 6)), new EnteredCare(1, On(2012, 4, 2), "C2", true, false),
            new LeftCare(1, On(2016, 7, 31), "E2"));
        before.Rule.RuleId.ShouldBe("looked-after-15y-death");
        before.EndsOn.ShouldBe(new DateOnly(2031, 7, 31));

        var on18th = End(Contact(On(2012, 3, 5)), Born(new DateOnly(1998, 8, 1), On(2012, 3, 6)), new EnteredCare(1, On(2012, 4, 2), "C2", true, false),
            new LeftCare(1, On(2016, 8, 1), "E2"));
        on18th.Rule.RuleId.ShouldBe("looked-after-75y");
        on18th.EndsOn.ShouldBe(new DateOnly(2073, 8, 1));
    }

    [Fact]
    public void An_adoption_order_keeps_the_record_100_years_from_the_order()
    {
        var end = End(Contact(On(2012, 3, 5)), Born(new DateOnly(2011, 9, 1), On(2012, 3, 6)), new EnteredCare(1, On(2012, 4, 2), "C2", true, false),
            new AdoptionStepTaken(1, On(2014, 5, 20), AdoptionStep.AdoptionOrderMade));

        end.Kind.ShouldBe(RetentionKinds.Adopted);
        end.StartsOn.ShouldBe(new DateOnly(2014, 5, 20));
        end.EndsOn.ShouldBe(new DateOnly(2114, 5, 20));
    }

    [Fact]
    public void Child_protection_counts_35_years_from_the_case_closure_and_wins_when_it_ends_later()
    {
        // Born 1990: age 30 in 2020 (child in need), but the enquiry keeps it 35 years from the closure in 2013.
        var end = End(Contact(On(2012, 3, 5)), Born(new DateOnly(1990, 5, 1), On(2012, 3, 6)),
            new StrategyDiscussionHeld(1, On(2012, 3, 7), true, null), new Section47Started(1, 1, On(2012, 3, 7)),
            new ReferralAccepted(1, 1, On(2012, 3, 6), "N1"), new CaseClosed(On(2013, 1, 15), "RC8"));

        end.Kind.ShouldBe(RetentionKinds.ChildProtection);
        end.StartsOn.ShouldBe(new DateOnly(2013, 1, 15));
        end.EndsOn.ShouldBe(new DateOnly(2048, 1, 15));
    }

    [Fact]
    public void A_contact_that_went_no_further_is_contact_only_and_early_help_is_its_own_kind()
    {
        var contact = End(Contact(On(2010, 2, 1)), Born(new DateOnly(1990, 3, 1), On(2010, 2, 1)));
        contact.Kind.ShouldBe(RetentionKinds.ContactOnly);
        contact.EndsOn.ShouldBe(new DateOnly(2020, 3, 1));

        var helped = End(Contact(On(2010, 2, 1)), Born(new DateOnly(1990, 3, 1), On(2010, 2, 1)), new EarlyHelpStarted(1, On(2010, 2, 3), "School nurse"));
        helped.Kind.ShouldBe(RetentionKinds.EarlyHelp);
        helped.Rule.RuleId.ShouldBe("early-help-30y");
    }

    [Fact]
    public void Without_a_date_of_birth_a_period_from_birth_counts_from_the_latest_step()
    {
        var end = End(Contact(On(2012, 3, 5)), Contact(On(2013, 7, 9), 2));

        end.Kind.ShouldBe(RetentionKinds.ContactOnly);
        end.BirthAssumed.ShouldBeTrue();
        end.StartsOn.ShouldBe(new DateOnly(2013, 7, 9));
        end.EndsOn.ShouldBe(new DateOnly(2043, 7, 9));
    }

    [Fact]
    public void Without_a_date_of_birth_a_death_cannot_be_shown_to_be_before_18_and_the_longer_period_stands()
    {
        var end = End(Contact(On(2012, 3, 5)), new ReferralAccepted(1, 1, On(2012, 3, 6), "N1"), new CaseClosed(On(2012, 9, 1), "RC2"));

        end.Rule.RuleId.ShouldBe("child-in-need-30y");
        end.EndsOn.ShouldBe(new DateOnly(2042, 9, 1));
    }

    [Fact]
    public void A_withdrawn_entry_into_care_makes_no_looked_after_record()
    {
        var end = End(Contact(On(2010, 1, 4)), Born(new DateOnly(1985, 1, 6), On(2010, 1, 5)), new EnteredCare(1, On(2010, 1, 6), "V2", false, false),
            new EventWithdrawn(3, new EnteredCare(1, On(2010, 1, 6), "V2", false, false), "Wrong child", On(2010, 1, 7)));

        end.Kind.ShouldBe(RetentionKinds.ContactOnly);
        end.EndsOn.ShouldBe(new DateOnly(2015, 1, 6));
    }

    [Fact]
    public void The_row_in_force_on_the_day_asked_about_applies()
    {
        var journey = Fold(Contact(On(2010, 2, 1)), Born(new DateOnly(2009, 6, 1), On(2010, 2, 1)), new EnteredCare(1, On(2010, 2, 2), "C2", true, false));

        RetentionPeriod.Of(journey, Schedule, new DateOnly(2011, 3, 31)).Rule.RuleId.ShouldBe("looked-after-75y-1991");
        RetentionPeriod.Of(journey, Schedule, new DateOnly(2011, 4, 1)).Rule.RuleId.ShouldBe("looked-after-75y");
    }
}
