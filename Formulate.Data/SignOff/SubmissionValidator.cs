using Formulate.Engine.Quality;
using Formulate.Engine.Rules;

namespace Formulate.Data.SignOff;

/// <summary>
/// Checks a proposed budget: an amount in pounds and pence, a reason and note when it differs from the estimate, and a
/// reason for going ahead despite each of the estimate's Important warnings.
/// </summary>
public static class SubmissionValidator
{
    public const string ProposedWeeklyField = "ProposedWeekly";
    public const string ReasonField = "DifferenceReason";
    public const string NoteField = "DifferenceNote";
    public const string LetterReasonField = "LetterReason";

    /// <summary>A few sentences: the letter prints it in full beside the amount.</summary>
    public const int MaxLetterReasonLength = 500;

    /// <summary>
    /// Far above any one person's care and support, so only a typing slip reaches it; it also keeps
    /// the amount within what the database stores.
    /// </summary>
    public const decimal MaximumWeekly = 1_000_000m;

    public const int MaximumReasonLength = 2000;

    /// <summary>The form field for the reason given for the warning at <paramref name="position"/> among the estimate's warnings.</summary>
    public static string WarningReasonField(int position) => $"WarningReason-{position}";

    /// <summary>A warning's short name, as its error messages use it: its rule's label, such as "A young carer".</summary>
    public static string WarningName(string ruleId) => RuleCatalogue.Find(ruleId)?.Label ?? ruleId;

    /// <summary>One error for each Important warning without a reason, and for each reason too long or given for no warning.</summary>
    public static IReadOnlyList<SignOffError> ValidateWarnings(IReadOnlyList<QaStatement> warnings, IReadOnlyDictionary<int, string> reasons)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        ArgumentNullException.ThrowIfNull(reasons);
        var errors = new List<SignOffError>();
        for (var position = 0; position < warnings.Count; position++)
        {
            var warning = warnings[position];
            var reason = reasons.GetValueOrDefault(position);
            if (warning.Severity == QaSeverity.Important && string.IsNullOrWhiteSpace(reason))
            {
                errors.Add(new(WarningReasonField(position),
                    $"Enter your reason for going ahead despite the warning '{WarningName(warning.Code)}': say what you have done about it, or why it does not apply"));
            }
            else if (reason?.Trim().Length > MaximumReasonLength)
            {
                errors.Add(new(WarningReasonField(position), $"Your reason for '{WarningName(warning.Code)}' must be 2,000 characters or fewer"));
            }
        }

        if (reasons.Keys.Any(position => position < 0 || position >= warnings.Count))
        {
            errors.Add(new(null, "A reason was given for a warning this estimate does not have. Open the submit page again and give your reasons for the warnings it lists."));
        }

        return errors;
    }

    public static IReadOnlyList<SignOffError> Validate(NewSubmission submission, decimal estimatedWeekly, IReadOnlyList<string> reasons)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(reasons);
        var errors = new List<SignOffError>();
        if (submission.ProposedWeekly is not { } proposed)
        {
            errors.Add(new(ProposedWeeklyField, "Enter the proposed weekly budget"));
            return errors;
        }

        if (proposed <= 0)
        {
            errors.Add(new(ProposedWeeklyField, "Enter a proposed weekly budget of more than £0"));
            return errors;
        }

        if (decimal.Round(proposed, 2) != proposed)
        {
            errors.Add(new(ProposedWeeklyField, "Enter the proposed weekly budget in pounds and pence, like 250.50"));
            return errors;
        }

        if (proposed > MaximumWeekly)
        {
            errors.Add(new(ProposedWeeklyField, "Enter a proposed weekly budget of £1,000,000 or less"));
            return errors;
        }

        if (proposed != estimatedWeekly)
        {
            if (string.IsNullOrWhiteSpace(submission.DifferenceReason) || !reasons.Contains(submission.DifferenceReason))
            {
                errors.Add(new(ReasonField, "Select why the proposed budget differs from the estimate"));
            }

            if (string.IsNullOrWhiteSpace(submission.DifferenceNote))
            {
                errors.Add(new(NoteField, "Enter a note explaining the difference from the estimate"));
            }
            else if (submission.DifferenceNote.Length > 2000)
            {
                errors.Add(new(NoteField, "The note must be 2,000 characters or fewer"));
            }

            if (submission.LetterReason?.Trim().Length > MaxLetterReasonLength)
            {
                errors.Add(new(LetterReasonField, $"The reason for the letter must be {MaxLetterReasonLength} characters or fewer"));
            }
        }

        return errors;
    }
}
