namespace Formulate.Data.Entities;

public enum ParameterVersionStatus
{
    /// <summary>Being edited; not used by any estimate. At most one per kind.</summary>
    Draft,

    /// <summary>Fixed for ever, and used for estimates assessed on or after its effective date.</summary>
    Published,
}
