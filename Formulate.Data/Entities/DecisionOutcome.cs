namespace Formulate.Data.Entities;

/// <summary>Stored by name.</summary>
public enum DecisionOutcome
{
    Approved,
    Returned,
}
