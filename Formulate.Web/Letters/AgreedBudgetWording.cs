using Formulate.Data.Entities;

namespace Formulate.Web.Letters;

/// <summary>Turns an approved submission into the agreed budget a letter explains, in words for the person.</summary>
public static class AgreedBudgetWording
{
    public static AgreedBudget From(BudgetSubmission approved) => new()
    {
        WeeklyAmount = approved.ProposedWeekly,
        Reason = Reason(approved.DifferenceReason, approved.DifferenceNote),
    };

    private static string Reason(string? reason, string? note)
    {
        var why = reason switch
        {
            "Specialist provider" => "You need support from a specialist care provider, and this costs more.",
            "Market supplement" => "Care in your area costs more than our usual rate, so we have added to the amount.",
            "Personal circumstances" => "We have thought about your own situation, and changed the amount to fit it.",
            null => "We looked again at what you need.",
            _ => "We looked again at what you need.",
        };
        return string.IsNullOrWhiteSpace(note) ? why : $"{why} {note.Trim()}";
    }
}
