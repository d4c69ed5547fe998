namespace Formulate.Tests.Browser.Support;

/// <summary>The element that has keyboard focus, as the browser reports it.</summary>
internal sealed record Focused(string Tag, string? Type, string? Name, string? Value, bool GroupAnswered, string Text);
