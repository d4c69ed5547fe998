using System.ComponentModel.DataAnnotations;

namespace Formulate.Web.Accuracy;

public sealed class AccuracyOptions
{
    public const string SectionName = "Formulate:Accuracy";

    /// <summary>
    /// Estimates within this percentage of the actual cost are not outliers, where the council configuration in force does
    /// not set its own tolerance band (<c>policy.accuracy_tolerance_percent</c>).
    /// </summary>
    [Range(0, 100)]
    public decimal TolerancePercent { get; set; } = 25m;

    /// <summary>Sample files larger than this are refused before they are read any further (a 20,000-row sample is about 35 MB).</summary>
    [Range(1024, 256 * 1024 * 1024)]
    public int MaxSampleBytes { get; set; } = 64 * 1024 * 1024;
}
