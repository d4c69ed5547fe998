using Formulate.Data.Entities;
using Formulate.Engine.Parameters;

namespace Formulate.Web.Configuration;

/// <summary>The open draft of a kind, as stored and as a parameter set, and the published version it was started from.</summary>
public sealed record DraftEdit(ParameterSetVersion? Stored, ParameterSet Set, ParameterSet Published);
