using MathNet.Numerics.LinearAlgebra;

namespace Formulate.Analysis.Calibration;

/// <summary>Where a two-stage fit ended, and the derivatives by family multiplier it started from (one row per case).</summary>
internal sealed record FitPath
{
    public required double[] Values { get; init; }

    public required Matrix<double> StartJacobian { get; init; }
}
