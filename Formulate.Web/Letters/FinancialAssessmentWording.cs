using Formulate.Engine.Parameters;

namespace Formulate.Web.Letters;

/// <summary>What a letter says about paying towards care: the council's own paragraph, else a general one.</summary>
public static class FinancialAssessmentWording
{
    public const string General =
        "You may have to pay something towards the cost of your care and support. We will look at your income and savings " +
        "to work out what you can afford to pay. This is called a financial assessment. The money you pay is called your " +
        "contribution. It is taken off the budget we pay. We will write to tell you how much it is.";

    public static string For(CouncilDetails council)
    {
        ArgumentNullException.ThrowIfNull(council);
        return string.IsNullOrWhiteSpace(council.FinancialAssessment) ? General : council.FinancialAssessment.Trim();
    }
}
