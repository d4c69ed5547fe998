using Formulate.Data.Entities;

namespace Formulate.Data.Accuracy;

/// <summary>The flag saved, or what to put right.</summary>
public sealed record FlagResult
{
    public EstimateFlag? Flag { get; init; }

    public string? Error { get; init; }

    public bool Succeeded => Flag is not null;
}
