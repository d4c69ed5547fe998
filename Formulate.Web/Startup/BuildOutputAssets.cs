namespace Formulate.Web.Startup;

/// <summary>
/// The framework's and packages' files (blazor.web.js among them) as a build, not a published
/// folder, finds them: in the package cache, through the build's static web assets manifest.
/// ASP.NET Core reads that manifest only in Development; Formulate reads it in every environment,
/// so that a build can try out Production settings. A published folder has no manifest, and its
/// files in wwwroot, so there is nothing to read.
/// </summary>
public static class BuildOutputAssets
{
    /// <summary>Reads the manifest, if there is one. Returns why the files it names cannot be served, or null.</summary>
    public static string? Use(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        try
        {
            builder.WebHost.UseStaticWebAssets();
            return null;
        }
        catch (Exception exception) when (exception is DirectoryNotFoundException or UnauthorizedAccessException)
        {
            // The package cache belongs to the account that built Formulate. Pages cannot work without these files, which is said at start-up.
            return exception.Message;
        }
    }
}
