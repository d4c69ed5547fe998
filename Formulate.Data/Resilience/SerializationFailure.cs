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
        ArgumentNullException.ThrowIfNull(exception);
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is Npgsql.PostgresException { SqlState: SqlState })
            {
                return true;
            }
        }

        return false;
    }
}
