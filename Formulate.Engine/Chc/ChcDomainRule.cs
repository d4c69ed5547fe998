namespace Formulate.Engine.Chc;

/// <summary>How one Checklist domain is predicted: the questions it needs, the optional ones that settle it, and its rule table.</summary>
internal sealed record ChcDomainRule
{
    public required ChcDomain Domain { get; init; }

    /// <summary>Questions without whose answer (where they are asked) the domain is not predicted.</summary>
    public required IReadOnlyList<string> Needs { get; init; }

    /// <summary>Optional questions that can settle or raise the level; where asked but not answered, the prediction says so.</summary>
    public IReadOnlyList<string> FollowUps { get; init; } = [];

    /// <summary>Tried in order, A first, then B, then C; the first that holds gives the level. The last always holds.</summary>
    public required IReadOnlyList<ChcRule> Rules { get; init; }
}
