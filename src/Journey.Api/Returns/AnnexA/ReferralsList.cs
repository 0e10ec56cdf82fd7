using Journey.Domain.FrontDoor;

namespace Journey.Api.Returns.AnnexA;

/// <summary>
/// List 3, referrals. Annex A: "All referrals received in the six months before the inspection. Children may appear
/// multiple times on this list if they have received multiple referrals." A row for each referral accepted in the
/// lists' period: its source is its contact's, "Referral NFA?" the referral's own no-further-action flag, and the
/// number of referrals in the last 12 months counts the child's earlier referrals from 12 months before this one's
/// day (that day included) to the day before it: the re-referrals the DfE counts, "within 12 months of a previous
/// referral" (decision 94).
/// </summary>
public sealed class ReferralsList : IAnnexAList
{
    public int Number => 3;
    public string Name => "referrals";

    public IReadOnlyList<AnnexAColumn> Columns { get; } = AnnexAColumns.ChildThen(
        [AnnexAColumn.Date("Date of referral"), new("Referral Source"), new("Referral NFA?"), AnnexAColumn.Integer("Number of Referrals in Last 12 Months"),
         .. AnnexAColumns.Allocated]);

    public IEnumerable<AnnexARow> Rows(AnnexAChild child, AnnexAMissing missing)
    {
        var referrals = child.All<ReferralAccepted>().ToArray();
        foreach (var referral in referrals)
        {
            var day = AnnexAChild.Day(referral.OccurredAt);
            if (!child.Period.InLists(day)) continue;
            var contact = child.All<ContactReceived>().FirstOrDefault(c => c.ContactNumber == referral.ContactNumber);
            var since = AnnexAPeriod.TwelveMonthsBefore(day);
            var earlier = referrals.Count(r => r.ReferralNumber != referral.ReferralNumber && AnnexAChild.Day(r.OccurredAt) is var d && d >= since && d < day);
            yield return new AnnexARow(child.Id, [
                .. child.Common(missing), day, contact is null ? null : AnnexACodes.Source(contact.Source), AnnexACodes.YesNo(referral.NoFurtherAction), earlier,
                .. child.Allocation(),
            ]);
        }
    }
}
