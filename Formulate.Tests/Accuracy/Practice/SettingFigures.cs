namespace Formulate.Tests.Accuracy.Practice;

/// <summary>
/// For one living situation in the measured sample: how many people, the Pearson correlation within it, and the sum of
/// the estimates over the sum of the packages (above 1 the model estimates more than the planner arranged).
/// </summary>
public sealed record SettingFigures(string LivingSituation, int Count, double? Pearson, double EstimateOverActual);
