using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Formulate.Web.Startup;

public static class FormulateRun
{
    /// <summary>
    /// Prepares the database, then serves until stopped. Returns the process's exit code: 1, with
    /// the reason logged in one line, when Formulate cannot start or stops because of a fault.
    /// </summary>
    /// <param name="unservedAssets">Why the build's framework files cannot be served (<see cref="BuildOutputAssets"/>), or null.</param>
    public static async Task<int> RunFormulateAsync(this WebApplication app, string? unservedAssets = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FormulateRun).Namespace!);
        if (unservedAssets is not null)
        {
            StartupLog.BuildAssetsUnreadable(logger, unservedAssets);
        }

        var startup = app.Services.GetRequiredService<DatabaseStartup>();
        var ownsTheProcess = ServesWithKestrel(app);
        try
        {
            await app.PrepareFormulateAsync().ConfigureAwait(false);
            app.UseFormulateWeb();
            await app.RunAsync().ConfigureAwait(false);
        }
        catch (Exception exception) when (ownsTheProcess)
        {
            // Caught here, not left to end Main: an exception escaping Main aborts the process (exit code 134) with a stack trace.
            // A database that cannot be reached stops the app, and if the server is still starting its start is cancelled;
            // the reason is the database's, logged already, not the cancelled start.
            if (startup.Fault is null || exception is not OperationCanceledException)
            {
                StartupLog.CannotStart(logger, CannotStartException.For(exception));
            }

            // Disposing writes out the log's queue before the process ends.
            await app.DisposeAsync().ConfigureAwait(false);
            return 1;
        }

        return startup.Fault is null ? 0 : 1;
    }

    /// <summary>
    /// A process serving with Kestrel owns its exit code. Any other host, such as the tests'
    /// in-memory server, is handed the exception, as a host expects.
    /// </summary>
    private static bool ServesWithKestrel(WebApplication app) =>
        app.Services.GetService<IServer>()?.GetType().Assembly == typeof(KestrelServerOptions).Assembly;
}
