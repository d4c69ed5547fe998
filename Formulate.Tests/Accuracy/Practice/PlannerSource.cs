using Formulate.Analysis.Accuracy;
using Formulate.Engine.Estimation;

namespace Formulate.Tests.Accuracy.Practice;

/// <summary>
/// Where an accuracy sample comes from: a planner working for one council, the definition (question set, model and that
/// council's configuration) its people are estimated with, and how to draw a sample of a given size from a seed.
/// </summary>
public sealed record PlannerSource(string Name, EngineDefinition Definition, Func<int, int, Sample> Generate);
