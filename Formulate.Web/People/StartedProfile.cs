using Formulate.Data.Entities;

namespace Formulate.Web.People;

/// <summary>A Needs Profile just started, and the question ids of a reassessment's answers that could not be carried forward.</summary>
public sealed record StartedProfile(NeedsProfile Profile, IReadOnlyList<string> Dropped);
