using Journey.Domain.Calendars;
using Journey.Domain.Reference;
using Journey.Domain.Timescales;

namespace Journey.Domain.Journeys;

/// <summary>
/// Collects every rule a command breaks, so a practitioner sees all problems at once rather than
/// one per attempt.
/// </summary>
public sealed class Checks
{
    /// <summary>Clocks drift between a practitioner's device and the server; a minute is forgiven.</summary>
    public static readonly TimeSpan ClockSkewAllowance = TimeSpan.FromMinutes(1);

    private readonly List<RuleViolation> _violations = [];

    public bool Any => _violations.Count > 0;

    public Checks Require(bool holds, string field, string rule, string message)
    {
        if (!holds) _violations.Add(new RuleViolation(field, rule, message));
        return this;
    }

    public Checks Required(string? value, string field, int maxLength = 2000)
    {
        Require(!string.IsNullOrWhiteSpace(value), field, "required", $"{field} is required.");
        return Require(value is null || value.Length <= maxLength, field, "max-length",
            $"{field} must be at most {maxLength} characters.");
    }

    public Checks Required<T>(T? value, string field) where T : struct =>
        Require(value.HasValue, field, "required", $"{field} is required.");

    /// <summary>A required choice from a fixed set: present and one of the set's names.</summary>
    public Checks OneOf<TEnum>(TEnum? value, string field) where TEnum : struct, Enum
    {
        if (value is null) return Required(value, field);
        return Require(Enum.IsDefined(value.Value), field, "known-value",
            $"{field} must be one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
    }

    /// <summary>
    /// Nothing in a journey can be dated after the moment it is recorded, nor before the working-day
    /// calendar begins: timescales cannot be counted on days the calendar does not hold.
    /// </summary>
    public Checks NotInFuture(DateTimeOffset? occurredAt, DateTimeOffset now, string field)
    {
        if (occurredAt is null) return Required(occurredAt, field);
        var earliest = WorkingDayCalendar.EnglandAndWales.CoversFrom;
        Require(UkTime.DateOf(occurredAt.Value) >= earliest, field, "within-calendar",
            $"{field} ({occurredAt:O}) is before {earliest:yyyy-MM-dd}, where the working-day calendar begins.");
        return Require(occurredAt <= now + ClockSkewAllowance, field, "not-in-future",
            $"{field} ({occurredAt:O}) is in the future; a journey records what has already happened.");
    }

    /// <summary>
    /// How far ahead a date set when a step is recorded (a conference's date, an assessment's due
    /// date) may lie: a year. Every timescale these serve is counted in weeks, so a later date is a
    /// slip of the keyboard (2062 for 2026), not a plan, and would hold a clock open for decades.
    /// </summary>
    public static readonly TimeSpan LongestLeadTime = TimeSpan.FromDays(366);

    /// <summary>A date set ahead of <paramref name="setAt"/>: at most <see cref="LongestLeadTime"/> after it.</summary>
    public Checks AheadWithinAYear(DateTimeOffset? ahead, DateTimeOffset? setAt, string field, string what)
    {
        if (ahead is null || setAt is null) return this;
        // Subtracted, not added: setAt + a year overflows near DateTimeOffset.MaxValue.
        return Require(ahead.Value - setAt.Value <= LongestLeadTime, field, "within-a-year",
            $"{field} ({ahead:O}) is more than a year after {what} ({setAt:O}).");
    }

    public Checks NotBefore(DateTimeOffset? occurredAt, DateTimeOffset earliest, string field, string rule, string what)
    {
        if (occurredAt is null) return this;
        return Require(occurredAt >= earliest, field, rule,
            $"{field} ({occurredAt:O}) is before {what} ({earliest:O}).");
    }

    /// <summary>A code from one of the official lists; <paramref name="optional"/> codes may be absent.</summary>
    public Checks Code(string list, string? code, string field, bool optional = false)
    {
        if (code is null) return optional ? this : Required(code, field);
        return Require(CodeLists.Default.Contains(list, code), field, list,
            $"{field} '{code}' is not in the official {list} list ({string.Join(", ", CodeLists.Default.Codes(list))}).");
    }

    /// <summary>
    /// An optional list of codes from one official list, each once: absent is fine, an empty list is
    /// not (leave it out instead). <paramref name="alone"/>, when given, is the code that means "none"
    /// and stands alone (CIN census Disability NONE, rule 8790).
    /// </summary>
    public Checks Codes(string list, IReadOnlyList<string>? codes, string field, string? alone = null)
    {
        if (codes is null) return this;
        Require(codes.Count > 0, field, "required", $"{field} lists at least one code; leave it out when not known.");
        Require(codes.All(c => CodeLists.Default.Contains(list, c)), field, list,
            $"{field} must hold codes of the official {list} list ({string.Join(", ", CodeLists.Default.Codes(list))}).");
        Require(codes.Distinct().Count() == codes.Count, field, "each-code-once", $"{field} lists a code twice.");
        return alone is null ? this : Require(!codes.Contains(alone) || codes.Count == 1, field, "none-stands-alone",
            $"{alone} (none) cannot be given with other codes.");
    }

    /// <summary>Broken rules found by a format check of their own (a UPN, a postcode, an Ofsted URN).</summary>
    public Checks Add(params IEnumerable<RuleViolation?> violations)
    {
        foreach (var v in violations) if (v is not null) _violations.Add(v);
        return this;
    }

    /// <summary>
    /// A step that belongs to an open episode (a plan, a period of care, pre-proceedings, ...): the
    /// episode must be open and the step dated within it. Returns the episode, or null when none is open.
    /// </summary>
    public T? WithinOpen<T>(T? episode, Func<T, DateTimeOffset> openedAt, DateTimeOffset? at, string field,
        string needsRule, string needsMessage, string withinRule, string openedWhat) where T : class
    {
        Require(episode is not null, field, needsRule, needsMessage);
        if (episode is not null) NotBefore(at, openedAt(episode), field, withinRule, openedWhat);
        return episode;
    }

    /// <summary>An optional list of names: at most 50, each present and at most 200 characters.</summary>
    public Checks Names(IReadOnlyList<string>? names, string field) =>
        Require(names is null || (names.Count <= 50 && names.All(n => !string.IsNullOrWhiteSpace(n) && n.Length <= 200)), field, "names",
            $"{field} lists at most 50 names, each given and at most 200 characters.");

    /// <summary>Whether the child was seen, and seen alone: both required, and alone only if seen.</summary>
    public Checks ChildSeen(bool? seen, bool? seenAlone, string seenField = "childSeen", string aloneField = "childSeenAlone") =>
        Required(seen, seenField).Required(seenAlone, aloneField)
            .Require(seen != false || seenAlone != true, aloneField, "seen-alone-only-if-seen", "A child not seen cannot have been seen alone.");

    /// <summary>After a case is closed, work on it needs a new referral.</summary>
    public Checks CaseOpen(ChildJourney journey, DateTimeOffset? at, string field)
    {
        Require(journey.ClosedAt is null, field, "case-open", $"The case was closed on {journey.ClosedAt:yyyy-MM-dd}; a new referral reopens it.");
        var closed = at is null ? null : journey.ClosedPeriods.FirstOrDefault(p => p.From <= at && at < p.To);
        return Require(closed is null, field, "case-open",
            $"The case was closed from {closed?.From:yyyy-MM-dd} until the referral of {closed?.To:yyyy-MM-dd}; nothing can be dated in that time.");
    }

    public Decision Refuse() => Decision.Refuse(_violations.ToArray());

    public Decision Or(Func<Decision> accept) => Any ? Refuse() : accept();
}
