using Microsoft.Playwright;

namespace Formulate.Tests.Browser.Support;

/// <summary>One running app and one Chromium for all browser tests; each test opens its own browser context.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>How long any step waits for the page before the test fails.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private IPlaywright? _playwright;

    public FormulateAppFactory App { get; } = new();

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        App.StartServer();
        _playwright = await Playwright.CreateAsync();
        // Debian's Chromium headless shell, not Playwright's own download: see docs/decisions/0033.
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium-headless-shell",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>
    /// The most pages a test has open at once (a practitioner, a manager and a second manager, with one to spare). An
    /// earlier test's pages are closed as later ones open: each open page keeps its Blazor connection and MudBlazor's
    /// scripts running, and a page left on a test app that has stopped keeps trying to reconnect, so that pages kept to
    /// the end would take more and more of the machine from the tests still running.
    /// </summary>
    private const int OpenAtOnce = 4;

    private readonly Queue<IBrowserContext> _open = new();

    public Task<IPage> NewPageAsync() => NewPageAsync(App);

    /// <summary>A page on another running app, for tests that publish versions the shared app's other tests must not see.</summary>
    public async Task<IPage> NewPageAsync(FormulateAppFactory app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout((float)Timeout.TotalMilliseconds);
        _open.Enqueue(context);
        while (_open.Count > OpenAtOnce)
        {
            await _open.Dequeue().CloseAsync();
        }

        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
