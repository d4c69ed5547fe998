namespace Formulate.Tests.Accuracy.HeldOut;

/// <summary>The kind of care home a person needs.</summary>
public enum HeldOutCareHomeType
{
    General,
    LearningDisability,
    MentalHealth,
}
