namespace Formulate.Web.Components;

/// <summary>Builds class and space-separated attribute values from optional parts.</summary>
public static class Css
{
    public static string Join(params string?[] parts) =>
        string.Join(' ', parts.Where(part => !string.IsNullOrWhiteSpace(part)).Select(part => part!.Trim()));

    /// <summary>Like <see cref="Join"/>, but null when nothing is left, so Razor leaves the attribute out.</summary>
    public static string? JoinOrNull(params string?[] parts)
    {
        var joined = Join(parts);
        return joined.Length == 0 ? null : joined;
    }
}
