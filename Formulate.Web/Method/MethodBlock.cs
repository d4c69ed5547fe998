namespace Formulate.Web.Method;

/// <summary>One formula block of the method, in plain English, with the parameter families it reads.</summary>
public sealed record MethodBlock
{
    public required string Title { get; init; }

    public required IReadOnlyList<string> Paragraphs { get; init; }

    /// <summary>Key prefixes of the parameters the block reads, e.g. "personal_care.minutes".</summary>
    public IReadOnlyList<string> ParameterPrefixes { get; init; } = [];
}
