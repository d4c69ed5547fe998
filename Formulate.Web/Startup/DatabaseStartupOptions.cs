using System.ComponentModel.DataAnnotations;

namespace Formulate.Web.Startup;

/// <summary>How long to wait between tries when the database cannot be reached at start-up, and when to give up.</summary>
public sealed class DatabaseStartupOptions
{
    public const string Section = "Formulate:Startup";

    /// <summary>The wait after the first failed try; each later wait doubles, up to <see cref="MaxRetryDelaySeconds"/>.</summary>
    [Range(0.01, 600)]
    public double FirstRetryDelaySeconds { get; set; } = 1;

    [Range(0.01, 3600)]
    public double MaxRetryDelaySeconds { get; set; } = 30;

    /// <summary>
    /// How long after starting Formulate stops trying, with exit code 1, when the database still
    /// cannot be reached: a host that restarts failed services then shows the fault.
    /// </summary>
    [Range(1, 86400)]
    public double GiveUpAfterSeconds { get; set; } = 300;
}
