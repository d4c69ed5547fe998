using Formulate.Engine.Questions;

namespace Formulate.Web.SelfAssessments;

/// <summary>
/// Whether the person expects to arrange and pay for their own care (a self-funder): asked where the council shows an
/// indicative figure, which a self-funder sees as their independent personal budget.
/// </summary>
public static class ArrangesOwnCare
{
    public const string Yes = "yes";

    public const string No = "no";

    public const string NotSure = "not_sure";

    public const string NoAnswerMessage = "Select whether you expect to arrange and pay for the care";

    public static IReadOnlyList<string> Codes { get; } = [Yes, No, NotSure];

    public static string Question(CitizenVoice voice) => voice == CitizenVoice.They
        ? "Do they expect to arrange and pay for their own care?"
        : "Do you expect to arrange and pay for your own care?";

    public static string Hint(CitizenVoice voice) => voice == CitizenVoice.They
        ? "Some people pay for all their own care. This may be because they have savings. Your answer does not change the help they can get."
        : "Some people pay for all their own care. This may be because they have savings. Your answer does not change the help you can get.";

    public static string Label(string code, CitizenVoice voice) => (code, voice) switch
    {
        (Yes, CitizenVoice.They) => "Yes, they expect to pay for their own care",
        (Yes, _) => "Yes, I expect to pay for my own care",
        (No, _) => "No",
        (NotSure, _) => "I do not know yet",
        _ => code,
    };

    /// <summary>The answer as the practitioner reads it.</summary>
    public static string ForPractitioner(string? code) => code switch
    {
        Yes => "Yes: expects to arrange and pay for their own care (a self-funder)",
        No => "No",
        NotSure => "Does not know yet",
        _ => "Not asked",
    };
}
