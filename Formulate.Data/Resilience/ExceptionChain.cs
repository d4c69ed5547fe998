namespace Formulate.Data.Resilience;

/// <summary>An exception and those inside it, outermost first: a provider's error often arrives wrapped by EF Core.</summary>
public static class ExceptionChain
{
    public static IEnumerable<Exception> Of(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        for (var current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }

    /// <summary>The outermost exception of type <typeparamref name="T"/> in the chain, or null.</summary>
    public static T? Find<T>(Exception exception)
        where T : Exception => Of(exception).OfType<T>().FirstOrDefault();
}
