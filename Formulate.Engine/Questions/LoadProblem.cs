namespace Formulate.Engine.Questions;

/// <summary>One reason a question set, parameter set or configuration could not be loaded.</summary>
/// <param name="Where">The item at fault, e.g. a question id or a parameter key.</param>
/// <param name="Message">What is wrong and how to put it right.</param>
public sealed record LoadProblem(string Where, string Message)
{
    public override string ToString() => $"{Where}: {Message}";
}
