using Journey.Domain.FrontDoor;
using Journey.Domain.Proceedings;
using Journey.Domain.Timescales;

namespace Journey.Domain.Tests.Timescales;

/// <summary>
/// The measure clocks folded in memory (decision 154) at the edges of the statements they replace: which step may stop
/// or reopen a clock, which clocks "every open one" reaches, what a clock started again keeps, and instants compared as
/// the table stores them.
/// </summary>
public sealed class ClockFoldTests
{
    private static readonly DateTimeOffset T = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly ClockFold _fold = new(TimelinessClocks.Default);
    private readonly Dictionary<(string Measure, int Episode), ClockRow> _rows = [];
    private long _sequence;

    private void Apply(ClockChange change, long stepVersion, DateTimeOffset? recordedAt = null) =>
        _fold.Apply(_rows, change, new ClockEvent(++_sequence, recordedAt ?? T.AddDays(_sequence), stepVersion));

    private ClockRow Row(string measure, int episode) => _rows[(measure, episode)];

    [Fact]
    public void GivenAClockStopped_WhenAnotherStepStopsIt_ThenTheFirstStopStands_AndItsCorrectionMovesItKeepingWhenItWasRecorded()
    {
        Apply(new StartClock(FrontDoorClocks.FrontDoorDecision, 1, T), stepVersion: 1);
        Apply(new StopClock(FrontDoorClocks.FrontDoorDecision, 1, T.AddHours(3)), stepVersion: 2, recordedAt: T.AddHours(4));
        Apply(new StopClock(FrontDoorClocks.FrontDoorDecision, 1, T.AddHours(5)), stepVersion: 3);
        Row(FrontDoorClocks.FrontDoorDecision, 1).ActualAt.ShouldBe(T.AddHours(3));

        Apply(new StopClock(FrontDoorClocks.FrontDoorDecision, 1, T.AddHours(2)), stepVersion: 2, recordedAt: T.AddDays(9));
        var row = Row(FrontDoorClocks.FrontDoorDecision, 1);
        row.ActualAt.ShouldBe(T.AddHours(2));
        row.ActualRecordedAt.ShouldBe(T.AddHours(4));
        row.StoppedByVersion.ShouldBe(2);
        row.LastEventSequence.ShouldBe(_sequence);
    }

    [Fact]
    public void GivenAClockStopped_WhenAStepThatDidNotStopItIsWithdrawn_ThenItStaysStopped_AndWhenTheStopperIs_ThenItReopens()
    {
        Apply(new StartClock(FrontDoorClocks.FrontDoorDecision, 1, T), stepVersion: 1);
        Apply(new StopClock(FrontDoorClocks.FrontDoorDecision, 1, T.AddHours(3)), stepVersion: 2);
        Apply(new ReopenClock(FrontDoorClocks.FrontDoorDecision, 1), stepVersion: 3);
        Row(FrontDoorClocks.FrontDoorDecision, 1).ActualAt.ShouldNotBeNull();

        Apply(new ReopenClock(FrontDoorClocks.FrontDoorDecision, 1), stepVersion: 2);
        var row = Row(FrontDoorClocks.FrontDoorDecision, 1);
        (row.ActualAt, row.ActualDate, row.StoppedByVersion, row.ActualRecordedAt).ShouldBe((null, null, null, null));
    }

    [Fact]
    public void GivenOpenClocks_WhenEveryOpenOneIsStopped_ThenOnlyThoseStartedByThenAndNotStoppedByAnotherStep_AndOnlyTheyReopen()
    {
        Apply(new StartClock(FrontDoorClocks.Allocation, 1, T), stepVersion: 1);
        Apply(new StartClock(FrontDoorClocks.Allocation, 2, T.AddDays(1)), stepVersion: 2);
        Apply(new StartClock(FrontDoorClocks.Allocation, 3, T.AddDays(5)), stepVersion: 3);
        Apply(new StopClock(FrontDoorClocks.Allocation, 2, T.AddDays(2)), stepVersion: 4);

        // Exactly at the first clock's start, to the microsecond the table keeps: started by then.
        Apply(new StopOpenClocks(FrontDoorClocks.Allocation, T.AddDays(3)), stepVersion: 5);
        Row(FrontDoorClocks.Allocation, 1).StoppedByVersion.ShouldBe(5);
        Row(FrontDoorClocks.Allocation, 2).StoppedByVersion.ShouldBe(4);
        Row(FrontDoorClocks.Allocation, 3).ActualAt.ShouldBeNull();

        Apply(new ReopenClocksItStopped(FrontDoorClocks.Allocation), stepVersion: 5);
        Row(FrontDoorClocks.Allocation, 1).ActualAt.ShouldBeNull();
        Row(FrontDoorClocks.Allocation, 2).ActualAt.ShouldBe(T.AddDays(2));
    }

    [Fact]
    public void GivenAClockStartedWithinAMicrosecondOfAStop_WhenEveryOpenOneIsStopped_ThenTheyCompareAsStored()
    {
        Apply(new StartClock(FrontDoorClocks.Allocation, 1, T.AddTicks(7)), stepVersion: 1);
        Apply(new StopOpenClocks(FrontDoorClocks.Allocation, T.AddTicks(3)), stepVersion: 2);
        Row(FrontDoorClocks.Allocation, 1).StoppedByVersion.ShouldBe(2);
        Row(FrontDoorClocks.Allocation, 1).StartAt.ShouldBe(T);
    }

    [Fact]
    public void GivenAStoppedClock_WhenNotDueFrom_ThenItKeepsItsResult_AndAnOpenOneIsNotDueUntilDueAgain()
    {
        Apply(new StartClock(FrontDoorClocks.Allocation, 1, T), stepVersion: 1);
        Apply(new StartClock(FrontDoorClocks.Allocation, 2, T), stepVersion: 2);
        Apply(new StopClock(FrontDoorClocks.Allocation, 1, T.AddDays(1)), stepVersion: 3);
        Apply(new OpenClocksNotDueFrom(FrontDoorClocks.Allocation, T.AddDays(2)), stepVersion: 4);
        Row(FrontDoorClocks.Allocation, 1).NotDueFrom.ShouldBeNull();
        Row(FrontDoorClocks.Allocation, 2).NotDueFrom.ShouldBe(T.AddDays(2));

        Apply(new NotDueFrom(FrontDoorClocks.Allocation, 1, T.AddDays(3)), stepVersion: 5);
        Row(FrontDoorClocks.Allocation, 1).NotDueFrom.ShouldBeNull();
        Apply(new DueAgain(FrontDoorClocks.Allocation, 2), stepVersion: 6);
        Row(FrontDoorClocks.Allocation, 2).NotDueFrom.ShouldBeNull();
    }

    [Fact]
    public void GivenAnExtendedStoppedClock_WhenStartedAgain_ThenItKeepsItsExtensionItsStopAndWhenItWasFirstRecorded()
    {
        Apply(new StartClock(ProceedingsClocks.CareProceedings, 1, T), stepVersion: 1, recordedAt: T.AddHours(1));
        var dueAtFirst = Row(ProceedingsClocks.CareProceedings, 1).DueDate;
        Apply(new MoveDueDate(ProceedingsClocks.CareProceedings, 1, 56), stepVersion: 2);
        Apply(new StopClock(ProceedingsClocks.CareProceedings, 1, T.AddDays(200)), stepVersion: 3);
        Row(ProceedingsClocks.CareProceedings, 1).DueDate.ShouldBe(dueAtFirst.AddDays(56));

        Apply(new StartClock(ProceedingsClocks.CareProceedings, 1, T.AddDays(7)), stepVersion: 1);
        var row = Row(ProceedingsClocks.CareProceedings, 1);
        row.DueDate.ShouldBe(TimelinessClocks.Default.Start(ProceedingsClocks.CareProceedings, T.AddDays(7)).DueDate.AddDays(56));
        (row.DueExtensionDays, row.StoppedByVersion, row.StartRecordedAt).ShouldBe((56, 3L, T.AddHours(1)));
    }

    [Fact]
    public void GivenAClock_WhenStartedAgainBeforeAnyRuleWasInForce_ThenItIsRemoved_AndStartedAfterwardsItStartsAfresh()
    {
        Apply(new StartClock(FrontDoorClocks.Allocation, 1, T), stepVersion: 1);
        Apply(new MoveDueDate(FrontDoorClocks.Allocation, 1, 3), stepVersion: 2);
        Apply(new StartClock(FrontDoorClocks.Allocation, 1, new DateTimeOffset(1990, 1, 1, 9, 0, 0, TimeSpan.Zero)), stepVersion: 1);
        _rows.ShouldBeEmpty();

        Apply(new StartClock(FrontDoorClocks.Allocation, 1, T), stepVersion: 1, recordedAt: T.AddDays(30));
        (Row(FrontDoorClocks.Allocation, 1).DueExtensionDays, Row(FrontDoorClocks.Allocation, 1).StartRecordedAt).ShouldBe((0, T.AddDays(30)));
    }

    [Fact]
    public void GivenNoClock_WhenAChangeNamesIt_ThenNothingIsMade()
    {
        Apply(new StopClock(FrontDoorClocks.Allocation, 1, T), stepVersion: 1);
        Apply(new MoveDueDate(FrontDoorClocks.Allocation, 1, 3), stepVersion: 2);
        Apply(new NotDueFrom(FrontDoorClocks.Allocation, 1, T), stepVersion: 3);
        _rows.ShouldBeEmpty();
    }

    private sealed record Unknown(string Measure) : ClockChange(Measure);

    [Fact]
    public void GivenAKindOfChangeTheFoldDoesNotKnow_WhenApplied_ThenItIsRefused() =>
        Should.Throw<InvalidOperationException>(() => Apply(new Unknown(FrontDoorClocks.Allocation), stepVersion: 1));
}
