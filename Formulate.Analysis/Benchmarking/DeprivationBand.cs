namespace Formulate.Analysis.Benchmarking;

/// <summary>Deprivation deciles grouped into three bands, so that "similar" has enough councils to average.</summary>
public enum DeprivationBand
{
    /// <summary>Deciles 1 to 3.</summary>
    MostDeprived,

    /// <summary>Deciles 4 to 7.</summary>
    Middle,

    /// <summary>Deciles 8 to 10.</summary>
    LeastDeprived,
}
