using System.Text;

namespace Formulate.Tests.Web.Api;

/// <summary>
/// Bad request bodies for the estimate API, generated from a seed so every run sends the same
/// ones: wrong types, huge numbers, deep nesting, invalid UTF-8, oversized bodies, truncations
/// and random byte damage to a real (incomplete) Needs Profile.
/// </summary>
internal static class MalformedInputs
{
    public const string Base = """{"assessmentDate":"2025-06-01","questionSetVersion":"2025.1","answers":{"person.eligibility_decided":"yes","hygiene.need":"some"}}""";

    private static readonly string[] WrongValues =
    [
        "null", "true", "false", "0", "-1", "1.5", "1e309", "-1e309", "99999999999999999999999999999999999999", "[]", "{}",
        "[1,2,3]", "{\"a\":1}", "\"\"", "\"2025-13-45\"", "\"not a date\"", "\"\\u0000\"", "\"\\ud800\"", "NaN", "Infinity",
        "\"" + new string('x', 5000) + "\"", "0x10", "01", "+1", "1.", ".5", "\"2025-06-01T00:00:00Z\"",
    ];

    public static IEnumerable<(string Name, byte[] Body)> All(int seed = 2026)
    {
        foreach (var value in WrongValues)
        {
            yield return ($"assessmentDate {Short(value)}", Utf8($$$"""{"assessmentDate":{{{value}}},"answers":{"person.eligibility_decided":"yes"}}"""));
            yield return ($"answers {Short(value)}", Utf8($$$"""{"assessmentDate":"2025-06-01","answers":{{{value}}}}"""));
            yield return ($"answer value {Short(value)}", Utf8($$$"""{"assessmentDate":"2025-06-01","answers":{"person.eligibility_decided":{{{value}}}}}"""));
            yield return ($"question set version {Short(value)}", Utf8($$$"""{"assessmentDate":"2025-06-01","questionSetVersion":{{{value}}},"answers":{}}"""));
            yield return ($"whole body {Short(value)}", Utf8(value));
        }

        foreach (var depth in new[] { 10, 64, 65, 100, 1_000, 10_000 })
        {
            yield return ($"nested arrays {depth}", Utf8(new string('[', depth) + new string(']', depth)));
            yield return ($"nested objects {depth}", Utf8(string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth)));
            yield return ($"nested answer {depth}", Utf8("{\"assessmentDate\":\"2025-06-01\",\"answers\":{\"x\":" + new string('[', depth) + new string(']', depth) + "}}"));
        }

        foreach (var bytes in InvalidUtf8())
        {
            yield return ($"invalid UTF-8 {Convert.ToHexString(bytes)}", [.. Utf8("{\"assessmentDate\":\"2025-06-01\",\"answers\":{\"person.eligibility_decided\":\""), .. bytes, .. Utf8("\"}}")]);
            yield return ($"invalid UTF-8 key {Convert.ToHexString(bytes)}", [.. Utf8("{\""), .. bytes, .. Utf8("\":1}")]);
        }

        yield return ("duplicate property", Utf8("""{"assessmentDate":"2025-06-01","assessmentDate":"2025-06-02","answers":{}}"""));
        yield return ("unknown property", Utf8("""{"assessmentDate":"2025-06-01","answers":{},"extra":1}"""));
        yield return ("many answers", Utf8("{\"assessmentDate\":\"2025-06-01\",\"answers\":{" + string.Join(",", Enumerable.Range(0, 5000).Select(i => $"\"q{i}\":\"a\"")) + "}}"));
        yield return ("oversized 300 KB", Utf8("{\"assessmentDate\":\"2025-06-01\",\"answers\":{\"x\":\"" + new string('a', 300 * 1024) + "\"}}"));
        yield return ("oversized 2 MB", new byte[2 * 1024 * 1024]);

        for (var length = 0; length < Base.Length; length++)
        {
            yield return ($"truncated at {length}", Utf8(Base[..length]));
        }

        var random = new Random(seed);
        for (var i = 0; i < 2_000; i++)
        {
            var body = Utf8(Base);
            var damage = random.Next(1, 6);
            for (var d = 0; d < damage; d++)
            {
                body[random.Next(body.Length)] = (byte)random.Next(256);
            }

            yield return ($"damaged {i}", body);
        }

        for (var i = 0; i < 300; i++)
        {
            var garbage = new byte[random.Next(1, 2_000)];
            random.NextBytes(garbage);
            yield return ($"garbage {i}", garbage);
        }
    }

    private static IEnumerable<byte[]> InvalidUtf8() =>
    [
        [0xC3, 0x28], [0xA0, 0xA1], [0xE2, 0x28, 0xA1], [0xE2, 0x82, 0x28], [0xF0, 0x28, 0x8C, 0xBC], [0xF8, 0xA1, 0xA1, 0xA1, 0xA1],
        [0xFF], [0xFE], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xBF],
    ];

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Short(string value) => value.Length > 30 ? value[..30] + "..." : value;
}
