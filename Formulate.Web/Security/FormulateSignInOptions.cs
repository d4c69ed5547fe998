using System.ComponentModel.DataAnnotations;

namespace Formulate.Web.Security;

public sealed class FormulateSignInOptions : IValidatableObject
{
    public const int MinTimeoutWarningSeconds = 20;

    public const string SectionName = "Formulate:SignIn";

    /// <summary>Sign-in with a user name and password held by Formulate; the embedded default.</summary>
    public bool LocalAccountsEnabled { get; set; } = true;

    /// <summary>A session ends after this many minutes without a request; each request restarts the count.</summary>
    [Range(1, 24 * 60)]
    public int SessionTimeoutMinutes { get; set; } = 20;

    /// <summary>
    /// How long before <see cref="SessionTimeoutMinutes"/> runs out an open page warns that it is about to sign its user
    /// out, and offers to stay signed in: at least 20 seconds, the least WCAG 2.2 allows (2.2.1 Timing Adjustable).
    /// </summary>
    public int TimeoutWarningSeconds { get; set; } = 120;

    /// <summary>
    /// A session ends this many hours after signing in, however active it has been; people signing in through the
    /// council's provider then get their groups from it afresh.
    /// </summary>
    [Range(1, 7 * 24)]
    public int MaxSessionHours { get; set; } = 12;

    /// <summary>How often an open page checks that its user's account is unchanged; every request checks as well.</summary>
    [Range(1, 60 * 60)]
    public int AccountRecheckSeconds { get; set; } = 60;

    /// <summary>
    /// The user name of the first configuration manager, made at start-up (with its password in the start-up log) when no
    /// active configuration manager exists; for a live install with demo data off.
    /// </summary>
    public string? FirstAdministrator { get; set; }

    [Range(1, 100)]
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>How long the first lock after <see cref="MaxFailedAttempts"/> failures in a row lasts; each further one lasts twice as long.</summary>
    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 1;

    /// <summary>The longest a lock lasts, however many failures came before it: a lock always lifts by itself.</summary>
    [Range(1, 24 * 60)]
    public int MaxLockoutMinutes { get; set; } = 30;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var timeoutSeconds = SessionTimeoutMinutes * 60;
        if (TimeoutWarningSeconds < MinTimeoutWarningSeconds || TimeoutWarningSeconds >= timeoutSeconds)
        {
            yield return new ValidationResult(
                $"{SectionName}:TimeoutWarningSeconds has '{TimeoutWarningSeconds}', which is not from {MinTimeoutWarningSeconds} seconds up to " +
                $"the session timeout ({SectionName}:SessionTimeoutMinutes, {timeoutSeconds} seconds). Set it to at least " +
                $"{MinTimeoutWarningSeconds} and less than {timeoutSeconds}, so that people have time to stay signed in.",
                [nameof(TimeoutWarningSeconds)]);
        }

        if (MaxLockoutMinutes < LockoutMinutes)
        {
            yield return new ValidationResult(
                $"{SectionName}:MaxLockoutMinutes has '{MaxLockoutMinutes}', which is less than {SectionName}:LockoutMinutes ('{LockoutMinutes}'), " +
                "the first lock. Set it to at least the first lock: later locks grow from it up to this longest one.",
                [nameof(MaxLockoutMinutes)]);
        }
    }
}
