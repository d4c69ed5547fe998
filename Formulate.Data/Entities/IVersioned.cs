namespace Formulate.Data.Entities;

/// <summary>
/// An application-managed optimistic concurrency token. A counter rather than SQL Server's
/// rowversion or PostgreSQL's xmin, so that it behaves identically on every provider.
/// The context increments it on every update.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
