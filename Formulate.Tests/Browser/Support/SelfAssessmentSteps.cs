using System.Text.RegularExpressions;
using Formulate.Data;
using Formulate.Data.Entities;
using Formulate.Data.SelfAssessments;
using Formulate.Tests.Web.SelfAssessment;
using Formulate.Web.SelfAssessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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
            await AnswerAsync(page, positions.GetValueOrDefault(QuestionOnScreen(page)));
        }
    }

    /// <summary>
    /// Goes from the question on screen straight to the check of answers: every other answer a walk through the pages
    /// would give (the answer at its position, the first where none is given) is saved as those pages save it, then the
    /// question on screen is answered by keyboard. The invited person's test walks every page; the tests that use this
    /// are about what comes before the questions and after them, and a walk through some fifty pages adds half a minute
    /// to each.
    /// </summary>
    public static async Task AnswerTheRestAsync(IPage page, IServiceProvider services, IReadOnlyDictionary<string, int> positions)
    {
        var store = services.GetRequiredService<SelfAssessmentStore>();
        var id = await InProgressIdAsync(services);
        var answers = HandWorkedSelfAssessment.AnswersAsked(
            services.GetRequiredService<SelfAssessmentJourney>().Questions,
            SelfAssessmentJourney.AnswersOf((await store.FindAsync(id))!.PersonAnswersJson),
            next => next.Answers[positions.GetValueOrDefault(next.Id)].Code);

        var onScreen = QuestionOnScreen(page);
        (await store.SaveAnswersAsync(id, answers.Where(a => a.Key != onScreen).ToDictionary(a => a.Key, a => (string?)a.Value))).ShouldBeTrue();
        await AnswerAsync(page, positions.GetValueOrDefault(onScreen));
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

    private static string QuestionOnScreen(IPage page) => Uri.UnescapeDataString(page.Url[(page.Url.LastIndexOf('/') + 1)..]);

    /// <summary>The one self-assessment being answered: each of these tests starts its own app with none before it.</summary>
    private static async Task<Guid> InProgressIdAsync(IServiceProvider services)
    {
        await using var context = await services.GetRequiredService<IDbContextFactory<FormulateDbContext>>().CreateDbContextAsync();
        return await context.SelfAssessments.Where(s => s.Status == SelfAssessmentStatus.InProgress).Select(s => s.Id).SingleAsync();
    }

    [GeneratedRegex(@"Your code is (\d{6})\.")]
    private static partial Regex Code();
}
