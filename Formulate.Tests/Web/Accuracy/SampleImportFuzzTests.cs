using System.Net;
using System.Text;
using Formulate.Data;
using Formulate.Tests.Web.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Accuracy;

/// <summary>Thousands of malformed sample files: each gets a 4xx problem+json, never a 500, and nothing is stored.</summary>
public sealed class SampleImportFuzzTests(AccuracyApiFixture api) : IClassFixture<AccuracyApiFixture>
{
    private const int Bodies = 2_000;

    private static readonly string[] Nasty =
    [
        "", "abc", "12,5", "1e400", "-1e308", "NaN", "Infinity", "99999999999999999999999999999999999999", "-0", "£", "1.2.3", "0x1F",
        "\"", "\"\"", "\"a\"b\"", "\r", "\n", "\r\n\r\n", "\u0000", "\uFEFF", "\uFFFD", "🙂", "👩‍👩‍👧", "ﷺ", "\u202Etxt", "<script>alert(1)</script>",
        "'; DROP TABLE People; --", "=HYPERLINK(\"http://x\")", "yes", "no", "none", "all", "home_care", "2025-13-45", "31/02/2025", new string('9', 5000),
    ];

    [Fact]
    public async Task PostSample_ThousandsOfMalformedBodies_EachGets4xxProblemAndNothingIsStored()
    {
        var random = new Random(20261122);
        var lines = api.ValidCsv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        using var client = api.Client();
        var statuses = new Dictionary<HttpStatusCode, int>();
        for (var i = 0; i < Bodies; i++)
        {
            var body = Body(random, lines, i);
            var path = i % 5 == 0 ? "/api/v1/accuracy/calibrations" : "/api/v1/accuracy/reports";
            using var response = await client.PostAsync(path, AccuracyApiFixture.Csv(body));

            var status = (int)response.StatusCode;
            status.ShouldBeInRange(400, 499, $"body {i} gave {response.StatusCode}");
            var problem = await ProblemResponse.ReadAsync(response);
            problem.Body.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
        }

        statuses.Keys.ShouldBe([HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.UnprocessableEntity], ignoreOrder: true);
        var contexts = api.Factory.Services.GetRequiredService<IDbContextFactory<FormulateDbContext>>();
        await using var context = await contexts.CreateDbContextAsync();
        (await context.AccuracySamples.CountAsync()).ShouldBe(0);
        (await context.AccuracyReports.CountAsync()).ShouldBe(0);
        (await context.AuditEntries.CountAsync(entry => entry.Action.Contains("ccuracy"))).ShouldBe(0);
    }

    private static byte[] Body(Random random, string[] lines, int index)
    {
        switch (index % 10)
        {
            case 0:
                // Invalid UTF-8: a lone continuation byte, an overlong form, or bytes from a binary spreadsheet.
                var bytes = Encoding.UTF8.GetBytes(Rows(random, lines, 3));
                bytes[random.Next(bytes.Length)] = (byte)(random.Next(3) switch { 0 => 0x80, 1 => 0xC0, _ => 0xFF });
                return bytes;
            case 1 when index % 100 == 1:
                return new byte[AccuracyApiFixture.MaxSampleBytes + 1 + random.Next(1000)];
            case 1:
                return [];
            default:
                return Encoding.UTF8.GetBytes(Mangle(random, Rows(random, lines, 1 + random.Next(6))));
        }
    }

    private static string Rows(Random random, string[] lines, int count) =>
        string.Join("\r\n", [lines[0], .. Enumerable.Range(0, count).Select(_ => lines[1 + random.Next(lines.Length - 1)])]);

    private static string Mangle(Random random, string text)
    {
        var records = text.Split("\r\n").Select(line => line.Split(',').ToList()).ToList();
        for (var edits = 1 + random.Next(8); edits > 0; edits--)
        {
            var record = records[random.Next(records.Count)];
            if (record.Count == 0)
            {
                record.Add(Nasty[random.Next(Nasty.Length)]);
            }

            switch (random.Next(6))
            {
                case 0:
                    record[random.Next(record.Count)] = Nasty[random.Next(Nasty.Length)];
                    break;
                case 1:
                    record.RemoveAt(random.Next(record.Count));
                    break;
                case 2:
                    record.Insert(random.Next(record.Count), Nasty[random.Next(Nasty.Length)]);
                    break;
                case 3:
                    record[random.Next(record.Count)] = random.Next(1_000_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture) + new string('0', random.Next(40));
                    break;
                case 4:
                    records.Insert(random.Next(records.Count + 1), [.. Enumerable.Range(0, random.Next(3)).Select(_ => Nasty[random.Next(Nasty.Length)])]);
                    break;
                default:
                    record[random.Next(record.Count)] = "\"" + Nasty[random.Next(Nasty.Length)];
                    break;
            }
        }

        return string.Join("\r\n", records.Select(record => string.Join(',', record)));
    }
}
