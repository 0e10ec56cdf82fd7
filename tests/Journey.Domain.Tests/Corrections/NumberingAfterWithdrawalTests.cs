using Journey.Domain.Assessments;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Corrections;

/// <summary>Numbers are never reused: a withdrawn fact keeps its number.</summary>
public sealed class NumberingAfterWithdrawalTests
{
    [Fact]
    public void After_withdrawing_contact_2_of_2_the_next_contact_is_3()
    {
        var builder = JourneyBuilder.Child().Contact(Day1).Contact(Day1.AddHours(1)).Withdrawn(2);
        builder.Journey.Contacts.Select(c => c.Number).ShouldBe([1]);

        var at = Day1.AddHours(2);
        Given(builder.Journey).When(new RecordContact(at, "6", "Police report", ConsentStatus.NotRequired, null))
            .ShouldAppend(new ContactReceived(3, at, "6", "Police report", ConsentStatus.NotRequired, null, false));
    }

    [Fact]
    public void After_withdrawing_the_only_contact_the_next_contact_is_2()
    {
        var builder = JourneyBuilder.Child().Contact(Day1).Withdrawn(1).Contact(Day1.AddHours(1));

        builder.Journey.Contacts.ShouldBe([new ContactState(2, Day1.AddHours(1), null)]);
    }

    [Fact]
    public void A_correction_does_not_take_a_number()
    {
        var builder = JourneyBuilder.Child().Contact(Day1);
        builder.Corrected(1, builder.At<ContactReceived>(1) with { Source = "6" });

        builder.Contact(Day1.AddHours(1)).Journey.Contacts.Select(c => c.Number).ShouldBe([1, 2]);
    }

    [Fact]
    public void After_withdrawing_an_assessment_the_next_assessment_is_numbered_on()
    {
        var builder = JourneyBuilder.Child().Assessing().Withdrawn(4); // assessment 1 withdrawn

        var at = Day1.AddDays(2);
        Given(builder.Journey).When(new StartAssessment(at)).ShouldAppend(new AssessmentStarted(2, 1, at));
    }

    [Fact]
    public void After_withdrawing_a_referral_the_contact_can_be_referred_again_as_referral_2()
    {
        var builder = JourneyBuilder.Child().Referred().Withdrawn(3);

        var at = Day1.AddHours(3);
        Given(builder.Journey).When(new AcceptReferral(at)).ShouldAppend(new ReferralAccepted(2, 1, at, null));
    }
}
