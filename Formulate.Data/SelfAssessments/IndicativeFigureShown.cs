namespace Formulate.Data.SelfAssessments;

/// <summary>
/// The indicative weekly figure a person was shown when they sent their answers, with the model and council configuration
/// versions that worked it out: with the stored answers and the date they were sent, enough to work it out again.
/// </summary>
/// <param name="Weekly">Null when the configuration shows figures but the answers gave none (the person was told why).</param>
/// <param name="ModelVersion">The model's stamp, such as <c>formulate-core@2025.1</c>.</param>
/// <param name="ConfigurationVersion">The council configuration's stamp, such as <c>demo-council@2025.4</c>.</param>
public sealed record IndicativeFigureShown(decimal? Weekly, string ModelVersion, string ConfigurationVersion);
