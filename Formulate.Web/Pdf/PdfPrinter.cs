using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Formulate.Web.Pdf;

/// <summary>
/// Prints HTML to tagged PDF with one long-lived headless Chromium, started on first use and started
/// again if it has crashed or been closed. Each document gets its own page, closed once printed.
/// </summary>
public sealed partial class PdfPrinter(IOptions<PdfOptions> options, ILogger<PdfPrinter> logger) : IAsyncDisposable
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly SemaphoreSlim _launch = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private bool _disposed;

    /// <summary>The running browser, if any; tests close it to check that printing recovers.</summary>
    internal IBrowser? Browser => _browser;

    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        var browser = await BrowserAsync(cancellationToken);
        try
        {
            return await PrintWithAsync(browser, html);
        }
        catch (PlaywrightException error) when (!browser.IsConnected)
        {
            // The browser went away while printing (it crashed or was killed): start a new one and try once more.
            LogBrowserLost(logger, error.Message);
            return await PrintWithAsync(await BrowserAsync(cancellationToken), html);
        }
    }

    private async Task<byte[]> PrintWithAsync(IBrowser browser, string html)
    {
        var timeout = options.Value.TimeoutSeconds * 1000f;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { JavaScriptEnabled = false });
        try
        {
            page.SetDefaultTimeout(timeout);
            // The documents carry their styles inline; nothing is fetched from anywhere.
            await page.RouteAsync("**/*", route => route.AbortAsync());
            await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
            return await page.PdfAsync(new PagePdfOptions { Tagged = true, Format = "A4", PrintBackground = true, PreferCSSPageSize = true });
        }
        finally
        {
            if (browser.IsConnected)
            {
                await page.CloseAsync();
            }
        }
    }

    private async Task<IBrowser> BrowserAsync(CancellationToken cancellationToken)
    {
        await _launch.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_browser is { IsConnected: true } running)
            {
                return running;
            }

            if (_browser is not null)
            {
                LogRestarting(logger);
                await _browser.DisposeAsync();
            }

            _playwright ??= await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = options.Value.ChromiumPath,
                Headless = true,
                Args = ChromiumArgs,
            });
            LogStarted(logger, options.Value.ChromiumPath);
            return _browser;
        }
        finally
        {
            _launch.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _launch.WaitAsync();
        try
        {
            _disposed = true;
            if (_browser is not null)
            {
                await _browser.DisposeAsync();
                _browser = null;
            }

            _playwright?.Dispose();
            _playwright = null;
        }
        finally
        {
            _launch.Release();
        }

        _launch.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Started Chromium ({Path}) for printing PDFs")]
    private static partial void LogStarted(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chromium for printing PDFs had stopped; starting it again")]
    private static partial void LogRestarting(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chromium stopped while printing a PDF ({Reason}); trying again with a new one")]
    private static partial void LogBrowserLost(ILogger logger, string reason);
}
