using System.Text.Json;
using Formulate.Engine.Json;
using Formulate.Engine.Profiles;

namespace Formulate.Web.Api;

/// <summary>
/// Reads the Needs Profile a caller sends, or says in the caller's own terms (the JSON they sent,
/// never the .NET types behind it) what is wrong with it and where.
/// </summary>
internal static class ProfileRequestReader
{
    private const string NotAnObject = "Send a Needs Profile as a JSON object, with assessmentDate and answers.";

    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    private static readonly string[] RequiredProperties = ["assessmentDate", "answers"];

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <returns>Null with the profile, or the problem that stops it being read.</returns>
    public static IResult? TryRead(ReadOnlySpan<byte> body, out NeedsProfile? profile)
    {
        profile = null;
        // Some Windows tools start a UTF-8 file with a byte order mark, which JSON does not expect.
        if (body.StartsWith(ByteOrderMark))
        {
            body = body[ByteOrderMark.Length..];
        }

        try
        {
            profile = JsonSerializer.Deserialize<NeedsProfile>(body, FormulateJson.Options);
        }
        catch (JsonException exception)
        {
            var detail = RootIsNotAnObject(body) ? NotAnObject
                : IsWellFormed(body) ? ShapeProblem(exception.Path ?? "$", body)
                : exception.Message;
            return ApiProblems.Unreadable(detail, exception.Path, exception.LineNumber + 1, exception.BytePositionInLine + 1);
        }

        // Otherwise the last of two answers to one question would silently be the one estimated.
        return FindDuplicate(body) is { } duplicate
            ? ApiProblems.Unreadable($"'{duplicate.Name}' is given more than once; give each property once.", duplicate.Path)
            : null;
    }

    private static string ShapeProblem(string path, ReadOnlySpan<byte> body)
    {
        if (path == "$")
        {
            var names = TopLevelNames(body);
            var missing = RequiredProperties.Where(name => !names.Contains(name)).ToList();
            return missing.Count == 0 ? NotAnObject : $"A Needs Profile needs {string.Join(" and ", missing)}; add {(missing.Count == 1 ? "it" : "them")}.";
        }

        var (property, rest) = FirstSegment(path["$".Length..]);
        return property.ToLowerInvariant() switch
        {
            "assessmentdate" => "assessmentDate must be the date of the assessment as a string in the form yyyy-mm-dd, such as \"2025-06-01\".",
            "questionsetversion" => "questionSetVersion must be a string, such as \"2025.1\", or left out.",
            "answers" when rest.Length == 0 => "answers must be an object of question id to answer code, such as {\"hygiene.need\": \"some\"}.",
            "answers" => $"The answer to '{FirstSegment(rest).Name}' must be an answer code as a string; GET /api/v1/question-set lists the codes each question takes.",
            _ => $"'{property}' is not part of a Needs Profile; send only assessmentDate, questionSetVersion and answers.",
        };
    }

    /// <summary>The first name in a path such as <c>.answers['hygiene.need']</c>, and what follows it.</summary>
    private static (string Name, string Remainder) FirstSegment(string path)
    {
        if (path.StartsWith("['", StringComparison.Ordinal))
        {
            var end = path.IndexOf("']", StringComparison.Ordinal);
            return end < 0 ? (path[2..], "") : (path[2..end], path[(end + 2)..]);
        }

        var name = path.TrimStart('.');
        var next = name.IndexOfAny(['.', '[']);
        return next < 0 ? (name, "") : (name[..next], name[next..]);
    }

    private static bool RootIsNotAnObject(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body, ReaderOptions);
            return reader.Read() && reader.TokenType != JsonTokenType.StartObject;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool IsWellFormed(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body, ReaderOptions);
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static HashSet<string> TopLevelNames(ReadOnlySpan<byte> body)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var reader = new Utf8JsonReader(body, ReaderOptions);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
            {
                names.Add(reader.GetString()!);
            }
        }

        return names;
    }

    /// <summary>The first property given twice in one object: at the top level in any case, as it is read; question ids exactly.</summary>
    private static (string Name, string Path)? FindDuplicate(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, ReaderOptions);
        var objects = new Stack<(HashSet<string> Names, string Path)>();
        var path = "$";
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    objects.Push((new HashSet<string>(objects.Count == 0 ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal), path));
                    break;
                case JsonTokenType.EndObject:
                    objects.Pop();
                    break;
                case JsonTokenType.PropertyName:
                    var name = reader.GetString()!;
                    var (names, parent) = objects.Peek();
                    path = parent + (name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? "." + name : $"['{name}']");
                    if (!names.Add(name))
                    {
                        return (name, path);
                    }

                    break;
            }
        }

        return null;
    }
}
