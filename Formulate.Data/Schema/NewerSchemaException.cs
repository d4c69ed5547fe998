namespace Formulate.Data.Schema;

/// <summary>The database was upgraded by a newer release of Formulate, whose data this release does not understand.</summary>
public sealed class NewerSchemaException(IReadOnlyList<string> unknownVersions)
    : InvalidOperationException(
        $"The database has schema versions this release of Formulate does not know ({string.Join(", ", unknownVersions)}). " +
        "It was upgraded by a newer release: run that release or a later one.")
{
    public IReadOnlyList<string> UnknownVersions { get; } = unknownVersions;
}
