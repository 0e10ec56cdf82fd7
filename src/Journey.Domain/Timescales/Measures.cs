namespace Journey.Domain.Timescales;

/// <summary>The measures Journey derives, by the names analysts filter on.</summary>
public static class Measures
{
    /// <summary>Front-door decision within 1 working day of the contact.</summary>
    public const string FrontDoorDecision = "front-door-decision";

    /// <summary>Contact to front-door decision within 24 hours, on the clock.</summary>
    public const string ContactDecision24Hours = "contact-decision-24h";

    /// <summary>Assessment authorised within 45 working days of the referral.</summary>
    public const string Assessment = "assessment";

    /// <summary>Initial child protection conference within 15 working days of the initiating strategy discussion.</summary>
    public const string InitialConference = "initial-conference";

    public static readonly IReadOnlyList<string> All = [FrontDoorDecision, ContactDecision24Hours, Assessment, InitialConference];
}
