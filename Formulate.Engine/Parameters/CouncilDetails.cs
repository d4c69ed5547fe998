namespace Formulate.Engine.Parameters;

/// <summary>Who the configuration belongs to and how people contact them about a budget.</summary>
public sealed record CouncilDetails
{
    public required string Name { get; init; }

    public string? Telephone { get; init; }

    public string? Email { get; init; }

    public string? Address { get; init; }

    public string? Website { get; init; }
}
