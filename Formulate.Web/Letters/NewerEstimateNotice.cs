using Formulate.Analysis.Text;
using Formulate.Data.Entities;
using Formulate.Web.Components.Moj;
using Formulate.Web.People;

namespace Formulate.Web.Letters;

/// <summary>
/// Tells staff that a person has an estimate newer than the one their approved budget was agreed from, so that a letter
/// printed during a reassessment is not mistaken for one about the new estimate.
/// </summary>
public static class NewerEstimateNotice
{
    public static string? For(PersonRecord record, EstimateSnapshot agreedFrom, AgreedBudget agreed)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(agreedFrom);
        ArgumentNullException.ThrowIfNull(agreed);
        var newest = record.Estimates.Count > 0 ? record.Estimates[0] : null;
        if (newest is null || newest.Id == agreedFrom.Id || newest.CreatedAt <= agreedFrom.CreatedAt)
        {
            return null;
        }

        var awaiting = record.Profiles.Any(p => p.Id == newest.NeedsProfileId && p.Status == NeedsProfileStatus.Submitted);
        var state = awaiting ? "is awaiting sign-off" : "has not been approved";
        return $"A newer estimate of {Pounds.Format(newest.WeeklyEstimate)} {state}; this letter explains the budget approved on {MojDate.Date(agreed.ApprovedOn)}.";
    }
}
