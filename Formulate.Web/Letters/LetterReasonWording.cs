using Formulate.Data.Entities;
using Formulate.Engine.Parameters;

namespace Formulate.Web.Letters;

/// <summary>
/// Why an approved budget differs from its estimate, in words for the person: what the practitioner wrote for the letter,
/// else the council's sentence for the reason chosen, else a general sentence. The note for managers is never used.
/// </summary>
public static class LetterReasonWording
{
    public const string General = "We talked with you about the help you need, and agreed a different amount.";

    public static string? For(BudgetSubmission approved, CouncilDetails council)
    {
        ArgumentNullException.ThrowIfNull(approved);
        ArgumentNullException.ThrowIfNull(council);
        if (approved.ProposedWeekly == approved.EstimatedWeekly)
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(approved.LetterReason))
        {
            return approved.LetterReason.Trim();
        }

        return approved.DifferenceReason is { } reason && council.LetterReasons?.GetValueOrDefault(reason) is { Length: > 0 } sentence
            ? sentence
            : General;
    }
}
