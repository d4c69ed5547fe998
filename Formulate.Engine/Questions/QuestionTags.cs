namespace Formulate.Engine.Questions;

/// <summary>Tags in the question set that the engine finds questions by.</summary>
public static class QuestionTags
{
    /// <summary>How much of a need unpaid support meets; the contingency what-if sets these to "none".</summary>
    public const string UnpaidSupport = "unpaid-support";

    /// <summary>Whether anyone gives unpaid help; the contingency what-if sets it to "no".</summary>
    public const string UnpaidCarer = "unpaid-carer";
}
