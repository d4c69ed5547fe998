namespace Formulate.Web.Reproducibility;

public enum ReproducibilityVerdict
{
    /// <summary>Re-running the inputs with the stored versions gave exactly the stored result and trace.</summary>
    Identical,

    /// <summary>
    /// The money and its working are exactly as stored, but the quality checks or the CHC Checklist prediction differ: their
    /// rules were corrected after the estimate was made. What was stored is what the practitioner saw.
    /// </summary>
    BudgetReproducedChecksChanged,

    /// <summary>The re-run gave a different result: something the engine depends on has changed.</summary>
    Different,

    /// <summary>A version the estimate names is not registered here.</summary>
    VersionUnavailable,
}
