namespace Formulate.Tests.Accuracy.Practice;

/// <summary>The kinds of care home a council's fee schedule lists, each with a standard and an enhanced band.</summary>
public enum CareHomeType
{
    /// <summary>Residential care for older people (the enhanced band is usually for dementia or high dependency).</summary>
    Residential,
    Nursing,
    LearningDisability,
    MentalHealth,
}
