using System.Reflection;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Journey.Domain.Reference;

namespace Journey.Domain.Corrections;

/// <summary>Checks shared by corrections and withdrawals.</summary>
public static class FactChecks
{
    /// <summary>The effective fact at <paramref name="version"/> that may be changed directly, or null (with the reason in checks).</summary>
    public static RecordedFact? Changeable(ChildJourney journey, long? version, Checks checks, string verb)
    {
        checks.Required(version, "version");
        if (version is not { } v) return null;
        var fact = journey.Fact(v);
        checks.Require(fact is not null, "version", "fact-exists",
            $"Version {v} is not a recorded step of this child's journey (corrections and withdrawals themselves cannot be changed).");
        checks.Require(fact is null || fact.IsEffective, "version", "not-withdrawn", $"The fact at version {v} has been withdrawn.");
        checks.Require(fact is null || !EpisodeLinks.IsCompanion(fact.Event), "version", $"{verb}-through-the-step-that-started-it",
            $"A {fact?.Event.GetType().Name} was recorded with the step that started it; {verb} that step instead.");
        // Only the version's own problems stop here; the rest are still checked so all are reported together.
        return fact is null || !fact.IsEffective || EpisodeLinks.IsCompanion(fact.Event) ? null : fact;
    }

    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>Text a fact must have (its non-nullable strings) is still there in the replacement.</summary>
    public static void CheckRequiredText(IJourneyEvent replacement, Checks checks)
    {
        foreach (var property in replacement.GetType().GetProperties().Where(p => p.PropertyType == typeof(string)))
        {
            if (Nullability.Create(property).ReadState == NullabilityState.Nullable) continue;
            var name = JsonStyle(property.Name);
            checks.Require(!string.IsNullOrWhiteSpace((string?)property.GetValue(replacement)), $"replacement.{name}", "required",
                $"replacement.{name} is required.");
        }
    }

    private static string JsonStyle(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>The official codes a replacement carries are checked as when first recorded.</summary>
    public static void CheckCodes(IJourneyEvent replacement, Checks checks)
    {
        var codes = CodeLists.Default;
        switch (replacement)
        {
            case ContactReceived c:
                checks.Require(codes.Contains(CodeLists.CinReferralSource, c.Source), "replacement.source", "cin-referral-source",
                    $"source '{c.Source}' is not a CIN census referral source code.");
                break;
            case ReferralAccepted r:
                checks.Require(r.PrimaryNeed is null || codes.Contains(CodeLists.CinPrimaryNeed, r.PrimaryNeed), "replacement.primaryNeed",
                    "cin-primary-need", $"primaryNeed '{r.PrimaryNeed}' is not a CIN census primary need code (N0..N9).");
                break;
            case InitialConferenceHeld { PlanRequired: true } ic:
                checks.Require(codes.Contains(CodeLists.CinAbuseCategory, ic.Category), "replacement.category", "cin-abuse-category",
                    $"category '{ic.Category}' is not a CIN abuse category.");
                break;
            case InitialConferenceHeld { PlanRequired: false, Category: not null }:
                checks.Require(false, "replacement.category", "category-only-with-plan", "category is given only when the conference decides on a plan.");
                break;
        }
    }
}
