namespace Formulate.Data.SignOff;

/// <summary>The columns the managers' queue sorts by.</summary>
public enum SignOffQueueSort
{
    Submitted,
    Person,
    Team,
    AgeBand,
    Proposed,
    Difference,
    Warnings,
    Status,
}
