namespace Formulate.Tests.Accuracy.Practice;

/// <summary>The practitioner's judgement, with the carer, of whether the caring can go on as it is.</summary>
public enum CarerStrain
{
    Sustainable,
    AtRisk,
    NotSustainable,
}
