namespace Formulate.Web.Reproducibility;

/// <summary>What re-running a stored estimate showed, in words for the screen.</summary>
public sealed record ReproducibilityOutcome(ReproducibilityVerdict Verdict, string Message);
