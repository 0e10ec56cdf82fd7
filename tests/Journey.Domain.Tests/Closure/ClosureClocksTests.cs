using Journey.Domain.Closure;
using Journey.Domain.FrontDoor;
using Journey.Domain.Timescales;
using static Journey.Domain.Tests.Scenarios.ClockScenario;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Closure;

/// <summary>Closure's clocks (decision 116): given a closure, when it is recorded or withdrawn, then these clock changes.</summary>
public sealed class ClosureClocksTests
{
    private static readonly CaseClosed Closed = new(Day1.AddDays(30), "RC8");

    [Fact]
    public void A_closed_case_owes_no_allocation_it_still_awaited_from_its_closure() =>
        GivenStep(Closed).WhenRecorded().ShouldChangeClocks(new OpenClocksNotDueFrom(FrontDoorClocks.Allocation, Closed.OccurredAt));

    [Fact]
    public void Withdrawing_the_closure_leaves_every_allocation_still_awaited_due_again() =>
        GivenStep(Closed).WhenWithdrawn().ShouldChangeClocks(new OpenClocksDueAgain(FrontDoorClocks.Allocation));
}
