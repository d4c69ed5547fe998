namespace Formulate.Web.Startup;

/// <summary>
/// A reason Formulate cannot start, worded for whoever runs it: what is wrong and how to put it
/// right, in one line. <see cref="Unexpected"/> holds a fault nobody foresaw, logged in full.
/// </summary>
public sealed class CannotStartException(string reason, Exception? unexpected = null) : Exception(reason, unexpected)
{
    public Exception? Unexpected => InnerException;
}
