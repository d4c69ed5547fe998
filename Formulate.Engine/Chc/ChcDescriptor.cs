namespace Formulate.Engine.Chc;

/// <summary>
/// One descriptor of the NHS Continuing Healthcare Checklist: the words a domain's level is given for. Each is declared
/// once, in <see cref="ChcDescriptors"/>, and predictions, the trace and the API name it by <see cref="Id"/>.
/// </summary>
public sealed record ChcDescriptor
{
    /// <summary>Stable id, e.g. chc.breathing.a.tracheostomy: domain, level, then what the descriptor is about.</summary>
    public required string Id { get; init; }

    public required ChcDomain Domain { get; init; }

    public required ChcLevel Level { get; init; }

    /// <summary>The Checklist's own words, shortened to the part that decides the level.</summary>
    public required string Text { get; init; }

    /// <summary>Where the words come from: the Checklist, its revision, the domain and the level.</summary>
    public required string Reference { get; init; }
}
