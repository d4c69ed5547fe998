namespace Formulate.Analysis.Benchmarking;

/// <summary>Which councils count as similar: the same deprivation decile band and the same region type.</summary>
public sealed record SimilarCouncils(DeprivationBand Band, string RegionType)
{
    public static DeprivationBand BandOf(int decile) => decile switch
    {
        <= 3 => DeprivationBand.MostDeprived,
        <= 7 => DeprivationBand.Middle,
        _ => DeprivationBand.LeastDeprived,
    };

    public static string BandLabel(DeprivationBand band) => band switch
    {
        DeprivationBand.MostDeprived => "Most deprived (deciles 1 to 3)",
        DeprivationBand.Middle => "Middle (deciles 4 to 7)",
        _ => "Least deprived (deciles 8 to 10)",
    };

    public bool Includes(BenchmarkCouncil council)
    {
        ArgumentNullException.ThrowIfNull(council);
        return BandOf(council.DeprivationDecile) == Band && string.Equals(council.RegionType, RegionType, StringComparison.Ordinal);
    }
}
