using Journey.Domain.Protection;

namespace Journey.Api.Returns.AnnexA;

/// <summary>
/// List 5, section 47 enquiries and initial child protection conferences. Annex A: "All section 47 enquiries in the six
/// months before the inspection. This includes open S47 enquiries yet to reach a decision where possible. Where a
/// child has been the subject of multiple section 47 enquiries within the period, please provide one row for each
/// enquiry." A row for each enquiry under way at some time in the lists' period. Its start is the day of the strategy
/// discussion that initiated it (decision 3); a conference was deemed unnecessary when the enquiry concluded without
/// asking for one (blank while it is open); the counts are the child's earlier enquiries and initial conferences
/// from 12 months before this enquiry's start to the day before it, as for referrals (decision 94).
/// </summary>
public sealed class Section47List : IAnnexAList
{
    public int Number => 5;
    public string Name => "section-47-and-icpc";

    public IReadOnlyList<AnnexAColumn> Columns { get; } = AnnexAColumns.ChildThen(
        [AnnexAColumns.Disability, AnnexAColumn.Date("Strategy discussion initiating Section 47 Enquiry Start Date"),
         new("Was an Initial Child Protection Conference deemed unnecessary?"), AnnexAColumn.Date("Date of Initial Child Protection Conference"),
         new("Did the Initial Child Protection Conference Result in a Child Protection Plan"),
         AnnexAColumn.Integer("Number of Section 47 Enquiries in the last 12 months"), AnnexAColumn.Integer("Number of ICPCs in the last 12 months"),
         .. AnnexAColumns.Allocated]);

    public IEnumerable<AnnexARow> Rows(AnnexAChild child, AnnexAMissing missing)
    {
        var enquiries = child.All<Section47Started>().ToArray();
        foreach (var enquiry in enquiries)
        {
            var start = AnnexAChild.Day(enquiry.OccurredAt);
            var concluded = child.All<Section47Concluded>().FirstOrDefault(c => c.EnquiryNumber == enquiry.EnquiryNumber);
            if (!child.Period.Overlaps(start, concluded is null ? null : AnnexAChild.Day(concluded.OccurredAt))) continue;
            var conference = child.All<InitialConferenceHeld>().FirstOrDefault(c => c.EnquiryNumber == enquiry.EnquiryNumber);
            var since = AnnexAPeriod.TwelveMonthsBefore(start);
            bool Before(DateTimeOffset at) => AnnexAChild.Day(at) is var d && d >= since && d < start;
            yield return new AnnexARow(child.Id, [
                .. child.Common(missing), child.Disability(missing), start,
                concluded is null ? null : AnnexACodes.YesNo(concluded.Outcome != Section47Outcome.InitialConference),
                conference is null ? null : AnnexAChild.Day(conference.OccurredAt),
                conference is null ? null : AnnexACodes.YesNo(conference.PlanRequired),
                enquiries.Count(e => e.EnquiryNumber != enquiry.EnquiryNumber && Before(e.OccurredAt)),
                child.All<InitialConferenceHeld>().Count(c => Before(c.OccurredAt)),
                .. child.Allocation(),
            ]);
        }
    }
}
