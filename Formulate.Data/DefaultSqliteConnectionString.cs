using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Formulate.Data;

/// <summary>
/// Gives SQLite a file in the content root when no connection string is configured, so a fresh
/// clone runs with no set-up. Other providers must be configured explicitly.
/// </summary>
public sealed class DefaultSqliteConnectionString(IHostEnvironment? environment = null)
    : IPostConfigureOptions<FormulateDataOptions>
{
    public const string FileName = "formulate.db";

    public void PostConfigure(string? name, FormulateDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider != DatabaseProvider.Sqlite || !string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return;
        }

        var root = environment?.ContentRootPath ?? AppContext.BaseDirectory;
        options.ConnectionString = $"Data Source={Path.Combine(root, FileName)}";
    }
}
