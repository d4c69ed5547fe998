using System.Text.RegularExpressions;
using Microsoft.Playwright;
using netDumbster.smtp;

namespace Formulate.Tests.Browser.Support;

/// <summary>Steps of the public self-assessment, taken with the keyboard alone, and its pages checked at two widths.</summary>
internal static partial class SelfAssessmentSteps
{
    /// <summary>axe at desktop width and at 320 px, the narrowest screen WCAG's reflow criterion names.</summary>
    public static Task AccessibleAtBothWidthsAsync(IPage page) => Axe.AssertAccessibleAtBothWidthsAsync(page);

    /// <summary>Chooses the answer at <paramref name="position"/> (from 0) with Tab and the arrow keys, then presses the button.</summary>
    public static async Task AnswerAsync(IPage page, int position, string button = "Continue")
    {
        var heading = await page.Locator("h1").InnerTextAsync();
        await Keyboard.TabToAsync(page, f => f.Type == "radio");
        if (position == 0)
        {
            await page.Keyboard.PressAsync("Space");
        }

        for (var i = 0; i < position; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        await Keyboard.TabToButtonAsync(page, button);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("h => document.querySelector('h1')?.innerText !== h", heading);
    }

    /// <summary>Answers each question page by its id, the first answer where none is given, until the answers are checked.</summary>
    public static async Task AnswerAllAsync(IPage page, IReadOnlyDictionary<string, int> positions)
    {
        for (var i = 0; i < 200 && page.Url.Contains("/self-assessment/questions/", StringComparison.Ordinal); i++)
        {
            var questionId = Uri.UnescapeDataString(page.Url[(page.Url.LastIndexOf('/') + 1)..]);
            await AnswerAsync(page, positions.GetValueOrDefault(questionId));
        }
    }

    public static async Task<string> CodeSentToAsync(SimpleSmtpServer smtp, string to)
    {
        for (var i = 0; i < 100; i++)
        {
            var mail = smtp.ReceivedEmail.LastOrDefault(m => m.ToAddresses.Any(a => a.Address == to));
            if (mail is not null && Code().Match(mail.MessageParts[0].BodyData) is { Success: true } match)
            {
                return match.Groups[1].Value;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"No code was e-mailed to {to}");
    }

    [GeneratedRegex(@"Your code is (\d{6})\.")]
    private static partial Regex Code();
}
