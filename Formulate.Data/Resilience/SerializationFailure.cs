namespace Formulate.Data.Resilience;

/// <summary>
/// Tells when a serializable transaction was refused because another one changed what it read (PostgreSQL's
/// serialization failure), so that the work can be done again from a fresh read rather than reported as a fault.
/// </summary>
public static class SerializationFailure
{
    private const string SqlState = "40001";

    public static bool IsCause(Exception exception)
    {
        return ExceptionChain.Of(exception).Any(current => current is Npgsql.PostgresException { SqlState: SqlState });
    }
}
