using Formulate.Data.Entities;

namespace Formulate.Data.Parameters;

/// <summary>The version saved, published or discarded, or every problem that stopped it (and then nothing changed).</summary>
public sealed record ParameterVersionResult
{
    public ParameterSetVersion? Version { get; init; }

    public IReadOnlyList<ParameterVersionError> Errors { get; init; } = [];

    public bool Succeeded => Errors.Count == 0;

    public static ParameterVersionResult Done(ParameterSetVersion version) => new() { Version = version };

    public static ParameterVersionResult Refused(IReadOnlyList<ParameterVersionError> errors) => new() { Errors = errors };

    public static ParameterVersionResult Refused(string? where, string message) => new() { Errors = [new ParameterVersionError(where, message)] };
}
