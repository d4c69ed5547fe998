using System.Globalization;
using Formulate.Analysis.Text;
using Formulate.Data.Entities;
using Formulate.Data.SignOff;
using Formulate.Engine.Text;

namespace Formulate.Web.SignOff;

/// <summary>How sign-off states and amounts read on every screen.</summary>
public static class SignOffText
{
    public static string Status(SubmissionStatus status) => status switch
    {
        SubmissionStatus.AwaitingApproval => "Awaiting approval",
        SubmissionStatus.AwaitingSecondApproval => "Awaiting second approval",
        SubmissionStatus.Returned => "Returned",
        SubmissionStatus.Approved => "Agreed",
        _ => status.ToString(),
    };

    public static string StatusClasses(SubmissionStatus status) => status switch
    {
        SubmissionStatus.AwaitingApproval => "govuk-tag--purple",
        SubmissionStatus.AwaitingSecondApproval => "govuk-tag--pink",
        SubmissionStatus.Returned => "govuk-tag--orange",
        SubmissionStatus.Approved => "govuk-tag--green",
        _ => "govuk-tag--grey",
    };

    /// <summary>
    /// The approval limit a submission was judged against when it was submitted: "above £1,000.00 a week" or
    /// "£1,000.00 a week or less". Never today's limit, which may have changed since.
    /// </summary>
    public static string ApprovalLimit(BudgetSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return submission.SecondApprovalAboveWeekly switch
        {
            null => "the approval limit in force when it was submitted was not recorded",
            { } limit when submission.NeedsSecondApproval => $"above {Pounds.Format(limit)} a week",
            { } limit => $"{Pounds.Format(limit)} a week or less",
        };
    }

    /// <summary>
    /// How many warnings a submission was made with, and how many of them Important: "3 (2 important)", "1", "None", or
    /// "Not recorded" for a submission made before warnings were recorded.
    /// </summary>
    public static string Warnings(SubmissionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var count = record.Warnings.Count;
        return !record.Submission.WarningsRecorded ? "Not recorded"
            : count == 0 ? "None"
            : record.ImportantWarningCount == 0 ? count.ToString(CultureInfo.InvariantCulture)
            : $"{count} ({record.ImportantWarningCount} important)";
    }

    /// <summary>
    /// What a manager is asked to confirm before approving a budget above the limit it was judged against: that a second
    /// manager must also approve it, or, for the second approval, that this one makes it final.
    /// </summary>
    public static string AboveLimitConfirmation(BudgetSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var limit = submission.SecondApprovalAboveWeekly is { } recorded ? $"the council's limit of {Pounds.Format(recorded)} a week" : "the council's limit";
        return submission.Status == SubmissionStatus.AwaitingSecondApproval
            ? $"You are giving the second approval for {Pounds.Format(submission.ProposedWeekly)} a week, above {limit}. This makes the budget final: it is agreed from today."
            : $"You are approving {Pounds.Format(submission.ProposedWeekly)} a week, above {limit}; a second manager must also approve it.";
    }

    public static string Date(DateOnly? date) => date is { } day ? UkFormat.Date(day) : "";

    /// <summary>Age band answer codes such as "65_74" read as "65 to 74"; "85_plus" as "85 or over".</summary>
    public static string AgeBand(string? code) => code switch
    {
        null => "Not recorded",
        _ when code.EndsWith("_plus", StringComparison.Ordinal) => code[..^5] + " or over",
        _ => code.Replace("_", " to ", StringComparison.Ordinal),
    };

    /// <summary>Reads an amount typed as "250", "250.50" or "£1,250.50"; null when it is not one.</summary>
    public static decimal? ParsePounds(string? text)
    {
        var cleaned = text?.Trim().TrimStart('£').Replace(",", "", StringComparison.Ordinal);
        return decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
