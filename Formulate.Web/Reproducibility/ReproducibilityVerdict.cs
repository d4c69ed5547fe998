namespace Formulate.Web.Reproducibility;

public enum ReproducibilityVerdict
{
    /// <summary>Re-running the inputs with the stored versions gave exactly the stored result and trace.</summary>
    Identical,

    /// <summary>The re-run gave a different result: something the engine depends on has changed.</summary>
    Different,

    /// <summary>A version the estimate names is not registered here.</summary>
    VersionUnavailable,
}
