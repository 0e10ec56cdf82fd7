using Journey.Domain.Children;

namespace Journey.Domain.Journeys;

/// <summary>The child's details' part of the journey's fold (decision 113): the latest details recorded stand, whole.</summary>
public sealed partial class ChildJourney
{
    /// <summary>The child's date of birth as last recorded; null while unborn or not yet recorded. Later rules may count from it.</summary>
    public DateOnly? DateOfBirth { get; set; }

    /// <summary>The expected date of birth of a child recorded as unborn.</summary>
    public DateOnly? ExpectedDateOfBirth { get; set; }

    /// <summary>The child's details as last recorded (the latest record stands, whole); null until recorded.</summary>
    public ChildDetailsRecorded? Details { get; set; }

    internal void FoldChildren(IJourneyEvent e)
    {
        if (e is not ChildDetailsRecorded x) return;
        DateOfBirth = x.DateOfBirth;
        ExpectedDateOfBirth = x.ExpectedDateOfBirth;
        Details = x;
    }
}
