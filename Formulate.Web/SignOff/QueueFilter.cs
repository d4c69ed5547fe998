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

    /// <summary>Why the lowest amount typed is not used, or null when it is empty or an amount.</summary>
    public string? MinimumAmountError => AmountError(MinimumAmount, "lowest");

    public string? MaximumAmountError =>
        AmountError(MaximumAmount, "highest")
        ?? (SignOffText.ParsePounds(MaximumAmount) < SignOffText.ParsePounds(MinimumAmount)
            ? "Enter a highest amount the same as or more than the lowest amount"
            : null);

    public IEnumerable<SubmissionRecord> Apply(IEnumerable<SubmissionRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var minimum = SignOffText.ParsePounds(MinimumAmount);
        // As with an amount that is not one, a highest amount below the lowest is shown as an error and not used.
        var maximum = MaximumAmountError is null ? SignOffText.ParsePounds(MaximumAmount) : null;
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

    /// <summary>The query for one page of the queue: these filters over the manager's own teams, an amount in error not used.</summary>
    public SignOffQueueQuery ToQuery(IReadOnlyCollection<string> teams, SignOffQueueSort sortBy, bool descending, int page, int pageSize) => new()
    {
        Teams = teams,
        Team = string.IsNullOrEmpty(Team) ? null : Team,
        AgeBand = string.IsNullOrEmpty(AgeBand) ? null : AgeBand,
        MinimumWeekly = SignOffText.ParsePounds(MinimumAmount),
        MaximumWeekly = MaximumAmountError is null ? SignOffText.ParsePounds(MaximumAmount) : null,
        Difference = Difference switch
        {
            "same" => QueueDifference.Same,
            "different" => QueueDifference.Different,
            _ => QueueDifference.Any,
        },
        SortBy = sortBy,
        Descending = descending,
        Page = page,
        PageSize = pageSize,
    };

    private static string? AmountError(string? typed, string which) =>
        string.IsNullOrWhiteSpace(typed) || SignOffText.ParsePounds(typed) is not null
            ? null
            : $"Enter the {which} amount in pounds, like 250 or 250.50";
}
