namespace Formulate.Web.Startup;

public static class FormulateRun
{
    /// <summary>
    /// Prepares the database, then serves until stopped. Returns the process's exit code: 1, with
    /// the reason logged in one line, when Formulate cannot start.
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
        try
        {
            await app.PrepareFormulateAsync().ConfigureAwait(false);
        }
        catch (CannotStartException fault)
        {
            // Caught here, not left to end Main: an exception escaping Main aborts the process (exit code 134) with a stack trace.
            StartupLog.CannotStart(logger, fault);
            // Disposing writes out the log's queue before the process ends.
            await app.DisposeAsync().ConfigureAwait(false);
            return 1;
        }

        app.UseFormulateWeb();
        await app.RunAsync().ConfigureAwait(false);
        return startup.Fault is null ? 0 : 1;
    }
}
