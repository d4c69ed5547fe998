namespace Formulate.Web.Health;

/// <summary>Whether the database has been brought to the current schema since Formulate started.</summary>
public sealed class DatabaseReadiness
{
    private volatile string? _waitingFor = "Formulate has not prepared the database yet.";

    public bool IsReady => _waitingFor is null;

    /// <summary>Why Formulate is not ready, while it is not.</summary>
    public string? WaitingFor => _waitingFor;

    public void Waiting(string reason) => _waitingFor = reason;

    public void Ready() => _waitingFor = null;
}
