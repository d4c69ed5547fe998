using System.Globalization;
using System.Text.Json;

namespace Formulate.Engine.Json;

/// <summary>
/// Why a document could not be read, in words for the person who chose the file: where it goes wrong and what is
/// missing or unexpected, without the reader's own type names and zero-based positions.
/// </summary>
internal static class JsonProblemText
{
    public static string Describe(JsonException error, string what)
    {
        ArgumentNullException.ThrowIfNull(error);
        var message = error.Message;
        var path = string.IsNullOrEmpty(error.Path) || error.Path == "$" ? null : error.Path;
        if (Quoted(message, "missing required properties including: ") is { } missing)
        {
            return $"is not a complete {what}: it lacks {missing}. Export the file again from Formulate.";
        }

        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal) && FirstQuoted(message) is { } unknown)
        {
            return $"{unknown} is not a part of a {what}{(path is null ? "" : $" ({path})")}; remove it, or export the file again from Formulate.";
        }

        if (message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return path is null
                ? $"is not a {what}: the file must hold one JSON object with kind, id, version, title and parameters."
                : $"{path} has a value of the wrong kind{At(error)}. Export the file again from Formulate.";
        }

        return $"is not valid JSON{At(error)}. Check that the file is whole and was not changed by hand, or export it again from Formulate.";
    }

    private static string At(JsonException error) => error.LineNumber is { } line
        ? string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}, character {(error.BytePositionInLine ?? 0) + 1}")
        : "";

    private static string? FirstQuoted(string message)
    {
        var start = message.IndexOf('\'');
        var end = start < 0 ? -1 : message.IndexOf('\'', start + 1);
        return end < 0 ? null : message[start..(end + 1)];
    }

    /// <summary>The quoted names after <paramref name="lead"/>, such as 'title', 'parameters'.</summary>
    private static string? Quoted(string message, string lead)
    {
        var start = message.IndexOf(lead, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var rest = message[(start + lead.Length)..];
        var end = rest.LastIndexOf('\'');
        return end <= 0 ? null : rest[..(end + 1)];
    }
}
