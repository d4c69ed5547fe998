using Formulate.Engine;

namespace Formulate.Web.Reproducibility;

/// <summary>An engine for a version stamp, or why there is none.</summary>
public sealed record EngineLookup(FormulateEngine? Engine, string? Problem);
