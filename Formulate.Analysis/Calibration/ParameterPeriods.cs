using Formulate.Engine.Estimation;

namespace Formulate.Analysis.Calibration;

/// <summary>
/// The periods in which no parameter of a definition changes. The engine reads its parameters by the assessment date,
/// and caches each read by date, so estimating a sample whose cases carry a hundred different dates would miss that
/// cache on nearly every read; every case is estimated on the first day of its period instead, which reads exactly the
/// same values.
/// </summary>
internal sealed class ParameterPeriods(EngineDefinition definition)
{
    private readonly DateOnly[] _starts =
    [
        .. definition.Model.Parameters.Concat(definition.Configuration.Parameters)
            .SelectMany(parameter => parameter.Values)
            .Select(value => value.From)
            .Distinct()
            .Order(),
    ];

    /// <summary>The first day of the period <paramref name="date"/> falls in; the date itself when it is before every value.</summary>
    public DateOnly StartOf(DateOnly date)
    {
        var index = Array.BinarySearch(_starts, date);
        return index >= 0 ? _starts[index] : ~index == 0 ? date : _starts[~index - 1];
    }
}
