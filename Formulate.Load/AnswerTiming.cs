namespace Formulate.Load;

/// <summary>
/// One answer of the browser scenario: when it was clicked (milliseconds from the start of answering),
/// how long until the estimate was shown (-1 when it never was), who gave it, whether the practitioner
/// had just moved to the section, and how many answers and section moves of all the practitioners were
/// under way at the click, this one not counted.
/// </summary>
internal sealed record AnswerTiming
{
    public required double StartMilliseconds { get; init; }
    public required double LatencyMilliseconds { get; init; }
    public required int Practitioner { get; init; }
    public required string Section { get; init; }
    public required string QuestionId { get; init; }
    public required bool AfterSectionMove { get; init; }
    public required int AnswersInFlight { get; init; }
    public required int MovesInFlight { get; init; }
}
