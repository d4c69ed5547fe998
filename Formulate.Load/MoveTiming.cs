namespace Formulate.Load;

/// <summary>One move to the next section (back link, then the section's link): when it started and ended, in milliseconds from the start of answering.</summary>
internal sealed record MoveTiming
{
    public required double StartMilliseconds { get; init; }
    public required double EndMilliseconds { get; init; }
    public required int Practitioner { get; init; }
    public required string Section { get; init; }
}
