using Formulate.Engine.Parameters;

namespace Formulate.Tests.Accuracy.Practice;

/// <summary>One small sample's calibrated model parameters, and the £ per point of need that fits the same sample.</summary>
public sealed record Calibrated(ParameterSet Model, decimal PoundsPerPoint);
