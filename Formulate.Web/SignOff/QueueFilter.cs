using Formulate.Data.SignOff;

namespace Formulate.Web.SignOff;

/// <summary>The managers' queue filters: team, age band, proposed amount range and difference from the estimate.</summary>
public sealed class QueueFilter
{
    public string? Team { get; set; }

    public string? AgeBand { get; set; }

    public string? MinimumAmount { get; set; }

    public string? MaximumAmount { get; set; }

    /// <summary>"any", "same" (as the estimate) or "different".</summary>
    public string Difference { get; set; } = "any";

    public IEnumerable<SubmissionRecord> Apply(IEnumerable<SubmissionRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var minimum = SignOffText.ParsePounds(MinimumAmount);
        var maximum = SignOffText.ParsePounds(MaximumAmount);
        return records.Where(r =>
            (string.IsNullOrEmpty(Team) || r.Submission.Team == Team)
            && (string.IsNullOrEmpty(AgeBand) || r.Submission.AgeBand == AgeBand)
            && (minimum is null || r.Submission.ProposedWeekly >= minimum)
            && (maximum is null || r.Submission.ProposedWeekly <= maximum)
            && Difference switch
            {
                "same" => r.Difference == 0,
                "different" => r.Difference != 0,
                _ => true,
            });
    }
}
