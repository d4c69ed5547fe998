using Formulate.Engine.Profiles;

namespace Formulate.Analysis.Impact;

/// <summary>Someone with a current agreed budget, and the Needs Profile it rests on.</summary>
public sealed record ImpactPerson(string Reference, string Name, NeedsProfile Profile);
