using MathNet.Numerics.LinearAlgebra;

namespace Formulate.Analysis.Calibration;

/// <summary>
/// One Jacobian and what every step taken with it shares: JᵀJ, summed case by case over the few variables each case
/// reads rather than multiplying the mostly empty Jacobian out in full, and which variables those are. Several steps
/// are usually taken with one Jacobian, and only the residuals differ between them.
/// </summary>
internal sealed class Linearisation
{
    private readonly int[][] _reads;

    private readonly double[] _weights;

    public Linearisation(Matrix<double> jacobian, double[] weights)
    {
        _weights = weights;
        Jacobian = jacobian;
        var n = jacobian.ColumnCount;
        _reads = new int[jacobian.RowCount][];
        Normal = Matrix<double>.Build.Dense(n, n);
        var read = new List<int>(n);
        for (var i = 0; i < jacobian.RowCount; i++)
        {
            read.Clear();
            for (var j = 0; j < n; j++)
            {
                if (jacobian[i, j] != 0d)
                {
                    read.Add(j);
                }
            }

            _reads[i] = [.. read];
            foreach (var a in _reads[i])
            {
                foreach (var b in _reads[i])
                {
                    Normal[a, b] += weights[i] * jacobian[i, a] * jacobian[i, b];
                }
            }
        }
    }

    public Matrix<double> Jacobian { get; }

    /// <summary>JᵀJ; a step adds its ridge and damping to a copy.</summary>
    public Matrix<double> Normal { get; }

    /// <summary>Jᵀr for the residuals (actual less fitted) of each case.</summary>
    public double[] Gradient(IReadOnlyList<PreparedCase> cases, double[] fitted)
    {
        var gradient = new double[Jacobian.ColumnCount];
        for (var i = 0; i < _reads.Length; i++)
        {
            var residual = _weights[i] * (cases[i].Actual - fitted[i]);
            foreach (var a in _reads[i])
            {
                gradient[a] += Jacobian[i, a] * residual;
            }
        }

        return gradient;
    }
}
