namespace Formulate.Tests.Browser.Support;

/// <summary>The element that has keyboard focus, as the browser reports it.</summary>
internal sealed class Focused
{
    public string Tag { get; set; } = "";
    public string? Type { get; set; }
    public string? Name { get; set; }
    public string? Value { get; set; }
    public bool GroupAnswered { get; set; }
    public string Text { get; set; } = "";
}
