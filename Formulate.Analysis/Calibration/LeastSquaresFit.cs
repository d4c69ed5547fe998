using Formulate.Engine.Estimation;
using MathNet.Numerics.LinearAlgebra;

namespace Formulate.Analysis.Calibration;

/// <summary>
/// Fits the calibratable parameters to cases by bounded, damped Gauss–Newton (Levenberg–Marquardt) least squares.
/// The engine itself is the model: each step's Jacobian comes from re-estimating, per parameter, only the cases that
/// read it. A ridge term holds parameters towards their current values, and bounds are kept by fixing any parameter
/// that would cross one at that bound and solving again for the rest.
/// </summary>
internal sealed class LeastSquaresFit(WorkingModel working, VariableMap model, IReadOnlyList<PreparedCase> cases, double ridge)
{
    private const double Tolerance = 1e-4;

    private const int SliceSize = 128;

    /// <summary>
    /// The fitted variables, starting from <paramref name="from"/> (or the map's start); the ridge still holds them towards
    /// the map's start. <paramref name="derivativesAtStart"/>, one row per case, saves working out the first Jacobian when
    /// it is already known.
    /// </summary>
    public FitResult Solve(int maxIterations, double[]? from = null, Matrix<double>? derivativesAtStart = null)
    {
        var theta = from is null
            ? (double[])model.Start.Clone()
            : [.. from.Select((value, j) => Math.Clamp(value, model.Lower[j], model.Upper[j]))];
        var readers = Readers();
        var lambda = RidgeWeight();
        var damping = 1e-3;
        var fitted = Evaluate(Definition(theta));
        var weights = CaseWeights.Of(cases, fitted);
        var objective = Objective(fitted, weights, theta, lambda);
        var linear = new Linearisation(derivativesAtStart ?? Jacobian(theta, readers), weights);
        var first = linear.Jacobian;
        var current = true;
        var worked = derivativesAtStart is null ? 1 : 0;
        // Working out derivatives is most of a fit's cost, and the estimate is close to linear in each weighting, so
        // they are kept while steps taken with them still pay, and worked out afresh only when they stop paying.
        for (var pass = 0; pass < maxIterations * 3; pass++)
        {
            var gain = 0d;
            // A step the derivatives at hand do not bear out is tried shorter while they are current, but taken as a
            // sign that they are out of date when they are not.
            for (var attempt = 0; attempt < (current ? 4 : 1) && gain == 0d; attempt++)
            {
                var candidate = Step(theta, fitted, linear, lambda, damping);
                var candidateFitted = Evaluate(Definition(candidate));
                var candidateObjective = Objective(candidateFitted, weights, candidate, lambda);
                if (candidateObjective < objective)
                {
                    gain = (objective - candidateObjective) / objective;
                    theta = candidate;
                    fitted = candidateFitted;
                    objective = candidateObjective;
                    damping = Math.Max(damping / 3d, 1e-6);
                }
                else
                {
                    damping *= 8d;
                }
            }

            if (gain >= Tolerance)
            {
                current = false;
                continue;
            }

            if (current || worked >= maxIterations)
            {
                break;
            }

            weights = CaseWeights.Of(cases, fitted);
            objective = Objective(fitted, weights, theta, lambda);
            linear = new Linearisation(Jacobian(theta, readers), weights);
            current = true;
            worked++;
        }

        return new FitResult(theta, first, current ? linear.Jacobian : null);
    }

    private EngineDefinition Definition(double[] variables) => working.With(model.Values(variables));

    /// <summary>For each variable, the cases whose estimate reads it, each with the areas moving it re-works (null for all).</summary>
    private List<(int Case, string[]? Areas)>[] Readers()
    {
        var readers = NoReaders();
        for (var i = 0; i < cases.Count; i++)
        {
            foreach (var variable in cases[i].Reads.Select(model.VariableOf).Distinct())
            {
                readers[variable].Add((i, cases[i].AreasMovedBy(variable, model)));
            }
        }

        return readers;
    }

    private List<(int Case, string[]? Areas)>[] NoReaders() => [.. Enumerable.Range(0, model.Count).Select(_ => new List<(int, string[]?)>())];

    private double RidgeWeight()
    {
        var mean = cases.Count == 0 ? 0d : cases.Average(c => c.Actual);
        return Math.Max(ridge * cases.Count * mean * mean, 1e-9);
    }

    private double[] Evaluate(EngineDefinition definition)
    {
        var fitted = new double[cases.Count];
        Parallel.For(0, cases.Count, i => fitted[i] = cases[i].Estimate(definition) ?? 0d);
        return fitted;
    }

    private double Objective(double[] fitted, double[] weights, double[] theta, double lambda)
    {
        var sum = 0d;
        for (var i = 0; i < cases.Count; i++)
        {
            var residual = cases[i].Actual - fitted[i];
            sum += weights[i] * residual * residual;
        }

        for (var j = 0; j < model.Count; j++)
        {
            var distance = (theta[j] - model.Start[j]) / model.Scale[j];
            sum += lambda * distance * distance;
        }

        return sum;
    }

    /// <summary>
    /// The derivatives by each value at <paramref name="theta"/>, where a family fit using <paramref name="families"/>
    /// ended with <paramref name="familyJacobian"/> worked out there. Where a case reads one value of a family, moving the
    /// family's multiplier moves only that value, so its derivative follows from the family's; only cases reading several
    /// values of one family are estimated again.
    /// </summary>
    public Matrix<double> DerivativesFrom(double[] theta, Matrix<double> familyJacobian, VariableMap families)
    {
        var jacobian = Matrix<double>.Build.Dense(cases.Count, model.Count);
        var afresh = NoReaders();
        for (var i = 0; i < cases.Count; i++)
        {
            foreach (var parameter in cases[i].Reads)
            {
                var family = families.VariableOf(parameter);
                var alone = cases[i].Reads.Count(other => families.VariableOf(other) == family) == 1;
                if (alone && families.Base(parameter) > 0d)
                {
                    jacobian[i, parameter] = familyJacobian[i, family] * families.Scale[family] / families.Base(parameter) * model.Scale[parameter];
                }
                else
                {
                    afresh[parameter].Add((i, cases[i].AreasMovedBy(parameter, model)));
                }
            }
        }

        Differentiate(theta, afresh, jacobian);
        return jacobian;
    }

    private Matrix<double> Jacobian(double[] theta, List<(int Case, string[]? Areas)>[] readers)
    {
        var jacobian = Matrix<double>.Build.Dense(cases.Count, model.Count);
        Differentiate(theta, readers, jacobian);
        return jacobian;
    }

    /// <summary>
    /// Fills in the derivatives, in scaled units (per one "scale" of each variable), of the estimates of
    /// <paramref name="readers"/>' cases by each variable. Each case is estimated once at <paramref name="theta"/>, keeping
    /// its area results, so that moving a variable re-works only the areas that read it.
    /// </summary>
    private void Differentiate(double[] theta, List<(int Case, string[]? Areas)>[] readers, Matrix<double> jacobian)
    {
        var here = Definition(theta);
        var areas = new AreaMemo?[cases.Count];
        foreach (var (reader, _) in readers.SelectMany(cases => cases))
        {
            areas[reader] ??= new AreaMemo();
        }

        var unmoved = new double[cases.Count];
        Parallel.For(0, cases.Count, i => unmoved[i] = areas[i] is { } memo ? cases[i].Estimate(here, memo) ?? 0d : 0d);
        var steps = new double[model.Count];
        var definitions = new EngineDefinition[model.Count];
        for (var j = 0; j < model.Count; j++)
        {
            steps[j] = theta[j] + ParameterBounds.Step(model.Scale[j]) > model.Upper[j] ? -ParameterBounds.Step(model.Scale[j]) : ParameterBounds.Step(model.Scale[j]);
            var moved = (double[])theta.Clone();
            moved[j] += steps[j];
            definitions[j] = Definition(moved);
        }

        // Some parameters are read by most cases and some by a handful, so the work is shared out in even slices of
        // readers rather than parameter by parameter, which would leave one core finishing the largest alone.
        var slices = Enumerable.Range(0, model.Count)
            .SelectMany(j => Enumerable.Range(0, (readers[j].Count + SliceSize - 1) / SliceSize).Select(slice => (Variable: j, From: slice * SliceSize)))
            .ToArray();
        Parallel.ForEach(slices, slice =>
        {
            var (j, from) = slice;
            var to = Math.Min(from + SliceSize, readers[j].Count);
            for (var r = from; r < to; r++)
            {
                var (i, stale) = readers[j][r];
                var estimate = cases[i].Estimate(definitions[j], stale is null ? null : areas[i]!.Except(stale)) ?? unmoved[i];
                jacobian[i, j] = (estimate - unmoved[i]) / steps[j] * model.Scale[j];
            }
        });
    }

    private double[] Step(double[] theta, double[] fitted, Linearisation linear, double lambda, double damping)
    {
        var n = model.Count;
        var normal = linear.Normal.Clone();
        var gradient = linear.Gradient(cases, fitted);
        var meanDiagonal = Math.Max(Enumerable.Range(0, n).Average(j => normal[j, j]), 1e-9);
        var free = Enumerable.Range(0, n).Where(j => normal[j, j] > 0d || theta[j] != model.Start[j]).ToList();
        for (var j = 0; j < n; j++)
        {
            // Ridge towards the current values, in scaled units, plus damping that shortens steps the model did not bear out.
            normal[j, j] += lambda + damping * meanDiagonal;
            gradient[j] -= lambda * (theta[j] - model.Start[j]) / model.Scale[j];
        }

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
