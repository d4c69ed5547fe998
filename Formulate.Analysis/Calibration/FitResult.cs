using MathNet.Numerics.LinearAlgebra;

namespace Formulate.Analysis.Calibration;

/// <summary>
/// A fit's variables, the derivatives of each case's estimate (one row per case) where the fit started, and where it
/// ended when they were worked out there or one last, small step before (null when they date from earlier on the way).
/// </summary>
internal sealed record FitResult(double[] Variables, Matrix<double> StartJacobian, Matrix<double>? EndJacobian);
