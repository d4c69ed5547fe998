namespace Formulate.Data.SignOff;

/// <summary>Checks a proposed budget: an amount in pounds and pence, and a reason and note when it differs from the estimate.</summary>
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
