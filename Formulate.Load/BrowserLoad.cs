using System.Globalization;
using Formulate.Engine.Defaults;
using Microsoft.Playwright;

namespace Formulate.Load;

/// <summary>
/// Many practitioners at once, each in their own Chromium context: sign in, open their complete
/// Needs Profile's sections and change answers with a pause between them, so that every answer
/// recalculates the estimate. For each answer it measures, in the page, the time from the click to
/// the section re-rendered with the answer saved and the estimate panel recalculated (one render
/// batch from the server).
/// </summary>
internal sealed class BrowserLoad(LoadOptions options)
{
    // With the full browser (--chromium /usr/bin/chromium) each context is a browser window, and each window
    // would start its own renderer process for the address bar's drop-down (a WebUI page), which a page driven
    // by Playwright never shows: fifty more processes competing for the cores with the pages being measured.
    // Chromium keeps only the last --disable-features, so this repeats the features Playwright 1.64 disables
    // by default. The headless shell, the default, has no address bar; the features are unknown to it and ignored.
    private const string DisabledFeatures =
        "--disable-features=AvoidUnnecessaryBeforeUnloadCheckSync,DestroyProfileOnBrowserClose,DialMediaRouteProvider," +
        "GlobalMediaControls,HttpsUpgrades,LensOverlay,MediaRouter,PaintHolding,ThirdPartyStoragePartitioning," +
        "BlockOriginHeaderModificationOnRedirect,AvoidCorsURLLoaderRestartOnRedirect,Translate,AutoDeElevate," +
        "OptimizationHints,NetworkTimeServiceQuerying,AimEnabled," +
        "WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup";

    // Clicks the answer's label, as a person would, and resolves with the time of the click (milliseconds
    // since the Unix epoch) and the milliseconds until the server's re-render (which also carries the new
    // estimate) has been applied, or -1 after 15 s. Resolves with -2 at once when the question is not on the
    // page (not asked, given earlier answers). A time of day is a box of its own ticked for yes, cleared for no.
    private const string AnswerAndTime = """
        async ({ name, value }) => {
          const box = document.querySelector(`input[type=checkbox][name="${name}"]`);
          const input = box ?? document.querySelector(`input[type=radio][name="${name}"][value="${value}"]`);
          if (!input || (box && box.checked === (value === 'yes'))) {
            return [0, -2];
          }
          const label = document.querySelector(`label[for="${input.id}"]`);
          const saves = () => Number(document.querySelector('#questions')?.dataset.saves ?? 0);
          const before = saves();
          const start = performance.now();
          return await new Promise(resolve => {
            const observer = new MutationObserver(() => {
              if (saves() > before) { observer.disconnect(); resolve([performance.timeOrigin + start, performance.now() - start]); }
            });
            observer.observe(document.querySelector('main'), { subtree: true, attributes: true, childList: true });
            setTimeout(() => { observer.disconnect(); resolve([performance.timeOrigin + start, -1]); }, 15000);
            label.click();
          });
        }
        """;

    // Clicks the section's link in the list of sections beside the questions, and resolves with true when
    // the section is shown as the current one, or false after 60 s.
    private const string MoveToSection = """
        async ({ sectionPath }) => {
          const shown = selector => new Promise(resolve => {
            const check = () => {
              const element = document.querySelector(selector);
              if (element) { observer.disconnect(); resolve(element); }
            };
            const observer = new MutationObserver(check);
            observer.observe(document.body, { subtree: true, childList: true });
            check();
          });
          const timeout = new Promise(resolve => setTimeout(() => resolve(null), 60000));
          const link = document.querySelector(`#section-nav a[href="${sectionPath}"]`);
          if (!link) {
            return false;
          }
          link.click();
          return (await Promise.race([shown(`#section-nav a[aria-current=step][href="${sectionPath}"]`), timeout])) !== null;
        }
        """;

    // Chromium's counters reported per answer: the page's process and main thread CPU time, and the main thread's time by kind of work.
    private static readonly string[] PageWork = ["ProcessTime", "ThreadTime", "TaskDuration", "ScriptDuration", "RecalcStyleDuration", "LayoutDuration"];

    public async Task<bool> RunAsync()
    {
        var answers = BenchmarkAnswers.Changes();
        var practitioners = await LoadPractitioners.CreateAsync(options.ConnectionString, options.Practitioners + 1);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = options.ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                // Fifty pages on a small machine: do not fill /dev/shm. (A renderer process limit would not help:
                // pages of different contexts never share a process, their storage being kept apart.)
                "--disable-dev-shm-usage",
                DisabledFeatures,
            ],
        });

        // One practitioner first, alone, so that start-up costs (JIT, caches) are not counted per practitioner.
        var warmUp = await OpenAsync(browser, practitioners[0]);
        await AnswerAsync(warmUp.Page, 0, answers, new Latencies(), new ErrorCount(), new RunTimeline(), 10, thinkSeconds: 0);
        if (options.StepCosts)
        {
            var profilePath = new Uri(warmUp.Page.Url).AbsolutePath.Split("/sections/")[0];
            await StepCost.MeasureAsync(warmUp.Context, warmUp.Page, options.ServerProcessId, answers,
                (page, section) => MoveToSectionAsync(page, profilePath, section),
                async (page, questionId, code) => (await page.EvaluateAsync<double[]>(AnswerAndTime, new { name = questionId, value = code }))[1]);
            return true;
        }

        await warmUp.Context.CloseAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));
        var baseline = ServerMemory.ResidentBytes(options.ServerProcessId);

        Console.WriteLine($"Browser: {options.Practitioners} practitioners signing in and opening their profiles");
        var errors = new ErrorCount();
        var opened = await Task.WhenAll(practitioners.Skip(1).Select((practitioner, index) => OpenStaggeredAsync(browser, practitioner, index, errors)));
        var sessions = opened.OfType<(IBrowserContext Context, IPage Page)>().ToList();
        await Task.Delay(TimeSpan.FromSeconds(3));
        var connected = ServerMemory.ResidentBytes(options.ServerProcessId);

        Console.WriteLine($"Browser: {sessions.Count} practitioners answering {options.AnswersEach} questions each, {options.ThinkSeconds} s apart");
        var latencies = new Latencies();
        var timeline = new RunTimeline();
        await using var gcPauses = options.ResultsDirectory is null ? null : ServerGcPauses.Start(options.ServerProcessId);
        await using var cpu = options.ResultsDirectory is null ? null : new ProcessCpu(options.ServerProcessId, timeline);
        var pageMetrics = new PageMetrics();
        if (options.ResultsDirectory is not null)
        {
            foreach (var (context, page) in sessions)
            {
                await pageMetrics.StartAsync(context, page);
            }
        }

        timeline.Restart();
        await Task.WhenAll(sessions.Select((session, index) =>
            AnswerAsync(session.Page, index + 1, answers, latencies, errors, timeline, options.AnswersEach, options.ThinkSeconds)));
        var afterAnswering = ServerMemory.ResidentBytes(options.ServerProcessId);

        Console.WriteLine($"Browser answer to updated estimate: {latencies.Summary()}; errors={errors.Value} {errors.Describe()}");
        if (options.ResultsDirectory is { } results)
        {
            await timeline.WriteAsync(results);
            if (cpu is not null)
            {
                await cpu.WriteAsync(results);
            }

            var browserWork = await pageMetrics.WriteAsync(results);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Pages while answering, per answer: {string.Join(", ", PageWork.Select(name => $"{name} {browserWork.GetValueOrDefault(name) * 1000 / Math.Max(1, latencies.Count):0.0} ms"))}; " +
                $"nodes per page {browserWork.GetValueOrDefault("Nodes") / Math.Max(1, sessions.Count):0}"));
            if (gcPauses is not null)
            {
                await gcPauses.WriteAsync(results, timeline);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Server garbage collection pauses while answering: {gcPauses.Count}, {gcPauses.TotalMilliseconds:0} ms in all, longest {gcPauses.LongestMilliseconds:0.0} ms"));
            }

            Console.WriteLine($"Each answer's timing, section moves, CPU per process and GC pauses: {results}");
        }
        if (baseline is { } before && connected is { } during)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Server memory: {Mib(before)} MiB before, {Mib(during)} MiB with {options.Practitioners} connected " +
                $"({Mib((during - before) / options.Practitioners):0.00} MiB each), {Mib(afterAnswering ?? 0)} MiB after answering"));
        }

        foreach (var session in sessions)
        {
            await session.Context.CloseAsync();
        }

        return errors.Value == 0;
    }

    private static double Mib(long bytes) => Math.Round(bytes / 1024.0 / 1024.0, 2);

    private async Task<(IBrowserContext Context, IPage Page)?> OpenStaggeredAsync(
        IBrowser browser, (string UserName, Guid ProfileId) practitioner, int index, ErrorCount errors)
    {
        // People do not all press "Sign in" in the same millisecond.
        await Task.Delay(TimeSpan.FromMilliseconds(600 * index));
        try
        {
            return await OpenAsync(browser, practitioner);
        }
        catch (Exception exception) when (exception is TimeoutException or InvalidOperationException or PlaywrightException)
        {
            errors.Add($"could not sign in and open the profile: {exception.Message.Split('\n')[0]}");
            return null;
        }
    }

    private async Task<(IBrowserContext Context, IPage Page)> OpenAsync(IBrowser browser, (string UserName, Guid ProfileId) practitioner)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = options.BaseAddress.ToString() });
        context.SetDefaultTimeout(180_000);
        context.SetDefaultNavigationTimeout(180_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await page.Locator("#UserName").FillAsync(practitioner.UserName);
        await page.Locator("#Password").FillAsync(LoadPractitioners.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/sign-in", StringComparison.OrdinalIgnoreCase));
        await page.GotoAsync($"/profiles/{practitioner.ProfileId}/sections/{DefaultDefinitions.Definition.Questions.Sections[0].Id}");
        await WaitUntilInteractiveAsync(page);
        return (context, page);
    }

    private static async Task WaitUntilInteractiveAsync(IPage page)
    {
        try
        {
            await page.Locator("main[data-interactive]").WaitForAsync();
        }
        catch (TimeoutException exception)
        {
            var heading = await page.Locator("h1").First.TextContentAsync(new() { Timeout = 1000 });
            throw new InvalidOperationException($"{page.Url} (\"{heading?.Trim()}\") did not become interactive.", exception);
        }
    }

    private static async Task AnswerAsync(
        IPage page, int practitioner, IReadOnlyList<(string Section, string QuestionId, string Code)> answers,
        Latencies latencies, ErrorCount errors, RunTimeline timeline, int count, double thinkSeconds)
    {
        var profilePath = new Uri(page.Url).AbsolutePath.Split("/sections/")[0];
        var section = new Uri(page.Url).AbsolutePath.Split("/sections/")[1];
        var given = 0;
        var moved = false;
        foreach (var (answerSection, questionId, code) in answers)
        {
            if (given == count)
            {
                break;
            }

            if (answerSection != section)
            {
                section = answerSection;
                var started = timeline.BeginMove();
                await MoveToSectionAsync(page, profilePath, section);
                timeline.EndMove(started, practitioner, section);
                moved = true;
            }

            await Task.Delay(TimeSpan.FromSeconds(thinkSeconds * (0.5 + Random.Shared.NextDouble())));
            var (answersInFlight, movesInFlight) = timeline.BeginAnswer();
            var clickAndMilliseconds = await page.EvaluateAsync<double[]>(AnswerAndTime, new { name = questionId, value = code });
            var milliseconds = clickAndMilliseconds[1];
            if (milliseconds == -2)
            {
                timeline.AnswerNotGiven();
                continue;
            }

            timeline.EndAnswer(new AnswerTiming
            {
                StartMilliseconds = timeline.Since(clickAndMilliseconds[0]),
                LatencyMilliseconds = milliseconds,
                Practitioner = practitioner,
                Section = section,
                QuestionId = questionId,
                AfterSectionMove = moved,
                AnswersInFlight = answersInFlight,
                MovesInFlight = movesInFlight,
            });
            moved = false;

            if (milliseconds < 0)
            {
                errors.Add("estimate not updated within 15 s");
            }
            else
            {
                latencies.Add(milliseconds);
            }

            given++;
        }
    }

    /// <summary>
    /// As a practitioner moves on: the section's link in the list of sections beside the questions, a
    /// navigation inside the page's open connection to Formulate, as in the browser, not a new page load.
    /// The links are clicked in the page, as the answers are, without Playwright's checks before each click.
    /// </summary>
    private static async Task MoveToSectionAsync(IPage page, string profilePath, string section)
    {
        var sectionPath = $"{profilePath}/sections/{section}";
        if (!await page.EvaluateAsync<bool>(MoveToSection, new { sectionPath }))
        {
            throw new TimeoutException($"{sectionPath} was not shown within 60 s of leaving the previous section.");
        }

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == sectionPath);
    }
}
