using Formulate.Engine.Parameters;

namespace Formulate.Web.Reproducibility;

/// <summary>A published model or configuration and the first assessment date it applies to.</summary>
public sealed record PublishedLayer(ParameterSet Set, DateOnly EffectiveFrom, long Sequence);
