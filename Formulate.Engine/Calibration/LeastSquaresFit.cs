using Formulate.Engine.Estimation;
using MathNet.Numerics.LinearAlgebra;

namespace Formulate.Engine.Calibration;

/// <summary>
/// Fits the calibratable parameters to cases by bounded, damped Gauss–Newton (Levenberg–Marquardt) least squares.
/// The engine itself is the model: each step's Jacobian comes from re-estimating, per parameter, only the cases that
/// read it. A ridge term holds parameters towards their current values, and bounds are kept by fixing any parameter
/// that would cross one at that bound and solving again for the rest.
/// </summary>
internal sealed class LeastSquaresFit(WorkingModel working, VariableMap model, IReadOnlyList<PreparedCase> cases, double ridge)
{
    private const double Tolerance = 1e-4;

    /// <summary>The fitted variables, starting from <paramref name="from"/> (or the map's start); the ridge still holds them towards the map's start.</summary>
    public double[] Solve(int maxIterations, double[]? from = null) => Fit(maxIterations, from);

    private EngineDefinition Definition(double[] variables) => working.With(model.Values(variables));

    private double[] Fit(int maxIterations, double[]? from)
    {
        var theta = from is null
            ? (double[])model.Start.Clone()
            : [.. from.Select((value, j) => Math.Clamp(value, model.Lower[j], model.Upper[j]))];
        var readers = Readers();
        var lambda = RidgeWeight();
        var damping = 1e-3;
        var fitted = Evaluate(Definition(theta));
        var objective = Objective(fitted, theta, lambda);
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var jacobian = Jacobian(theta, fitted, readers);
            var improved = false;
            for (var attempt = 0; attempt < 4 && !improved; attempt++)
            {
                var candidate = Step(theta, fitted, jacobian, lambda, damping);
                var candidateFitted = Evaluate(Definition(candidate));
                var candidateObjective = Objective(candidateFitted, candidate, lambda);
                if (candidateObjective < objective)
                {
                    var gain = (objective - candidateObjective) / objective;
                    theta = candidate;
                    fitted = candidateFitted;
                    objective = candidateObjective;
                    damping = Math.Max(damping / 3d, 1e-6);
                    improved = true;
                    if (gain < Tolerance)
                    {
                        return theta;
                    }
                }
                else
                {
                    damping *= 8d;
                }
            }

            if (!improved)
            {
                break;
            }
        }

        return theta;
    }

    /// <summary>For each parameter, the cases whose estimate reads it.</summary>
    private List<int>[] Readers()
    {
        var readers = new List<int>[model.Count];
        for (var j = 0; j < model.Count; j++)
        {
            readers[j] = [];
        }

        for (var i = 0; i < cases.Count; i++)
        {
            foreach (var variable in cases[i].Reads.Select(model.VariableOf).Distinct())
            {
                readers[variable].Add(i);
            }
        }

        return readers;
    }

    private double RidgeWeight()
    {
        var mean = cases.Count == 0 ? 0d : cases.Average(c => c.Actual);
        return Math.Max(ridge * cases.Count * mean * mean, 1e-9);
    }

    private double[] Evaluate(EngineDefinition definition)
    {
        var fitted = new double[cases.Count];
        for (var i = 0; i < cases.Count; i++)
        {
            fitted[i] = cases[i].Estimate(definition) ?? 0d;
        }

        return fitted;
    }

    private double Objective(double[] fitted, double[] theta, double lambda)
    {
        var sum = 0d;
        for (var i = 0; i < cases.Count; i++)
        {
            var residual = cases[i].Actual - fitted[i];
            sum += residual * residual;
        }

        for (var j = 0; j < model.Count; j++)
        {
            var distance = (theta[j] - model.Start[j]) / model.Scale[j];
            sum += lambda * distance * distance;
        }

        return sum;
    }

    /// <summary>Derivatives in scaled units (per one "scale" of each parameter), zero where a case does not read it.</summary>
    private Matrix<double> Jacobian(double[] theta, double[] fitted, List<int>[] readers)
    {
        var jacobian = Matrix<double>.Build.Dense(cases.Count, model.Count);
        Parallel.For(0, model.Count, j =>
        {
            if (readers[j].Count == 0)
            {
                return;
            }

            var step = ParameterBounds.Step(model.Scale[j]);
            if (theta[j] + step > model.Upper[j])
            {
                step = -step;
            }

            var moved = (double[])theta.Clone();
            moved[j] += step;
            var definition = Definition(moved);
            foreach (var i in readers[j])
            {
                var estimate = cases[i].Estimate(definition) ?? fitted[i];
                jacobian[i, j] = (estimate - fitted[i]) / step * model.Scale[j];
            }
        });
        return jacobian;
    }

    private double[] Step(double[] theta, double[] fitted, Matrix<double> jacobian, double lambda, double damping)
    {
        var n = model.Count;
        var residuals = Vector<double>.Build.Dense(cases.Count, i => cases[i].Actual - fitted[i]);
        var normal = jacobian.TransposeThisAndMultiply(jacobian);
        var gradient = jacobian.TransposeThisAndMultiply(residuals);
        var meanDiagonal = Math.Max(normal.Diagonal().Average(), 1e-9);
        for (var j = 0; j < n; j++)
        {
            // Ridge towards the current values, in scaled units, plus damping that shortens steps the model did not bear out.
            normal[j, j] += lambda + damping * meanDiagonal;
            gradient[j] -= lambda * (theta[j] - model.Start[j]) / model.Scale[j];
        }

        var free = Enumerable.Range(0, n).Where(j => jacobian.Column(j).AbsoluteMaximum() > 0d || theta[j] != model.Start[j]).ToList();
        var delta = new double[n];
        var fixedAtBound = new HashSet<int>();
        while (free.Count > 0)
        {
            var rows = free.ToArray();
            var system = Matrix<double>.Build.Dense(rows.Length, rows.Length, (a, b) => normal[rows[a], rows[b]]);
            var rhs = Vector<double>.Build.Dense(rows.Length, a =>
            {
                var value = gradient[rows[a]];
                foreach (var k in fixedAtBound)
                {
                    value -= normal[rows[a], k] * delta[k];
                }

                return value;
            });
            var solution = system.Cholesky().Solve(rhs);
            var crossed = new List<int>();
            for (var a = 0; a < rows.Length; a++)
            {
                var j = rows[a];
                delta[j] = solution[a];
                var value = theta[j] + delta[j] * model.Scale[j];
                if (value < model.Lower[j] || value > model.Upper[j])
                {
                    crossed.Add(j);
                }
            }

            if (crossed.Count == 0)
            {
                break;
            }

            foreach (var j in crossed)
            {
                var bound = theta[j] + delta[j] * model.Scale[j] < model.Lower[j] ? model.Lower[j] : model.Upper[j];
                delta[j] = (bound - theta[j]) / model.Scale[j];
                fixedAtBound.Add(j);
                free.Remove(j);
            }
        }

        var next = new double[n];
        for (var j = 0; j < n; j++)
        {
            next[j] = Math.Clamp(theta[j] + delta[j] * model.Scale[j], model.Lower[j], model.Upper[j]);
        }

        return next;
    }
}
