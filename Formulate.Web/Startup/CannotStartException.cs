using Microsoft.Extensions.Options;

namespace Formulate.Web.Startup;

/// <summary>
/// A reason Formulate cannot start, worded for whoever runs it: what is wrong and how to put it
/// right, in one line. <see cref="Unexpected"/> holds a fault nobody foresaw, logged in full.
/// </summary>
public sealed class CannotStartException(string reason, Exception? unexpected = null) : Exception(reason, unexpected)
{
    public Exception? Unexpected => InnerException;

    /// <summary>
    /// The reason as it stands. A setting that fails validation already names the setting and what
    /// it must be; any other fault keeps its exception, for whoever has to find its cause.
    /// </summary>
    public static CannotStartException For(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            CannotStartException fault => fault,
            OptionsValidationException invalid => new(invalid.Message),
            _ => new($"{exception.GetBaseException().Message.TrimEnd('.')}.", exception),
        };
    }
}
