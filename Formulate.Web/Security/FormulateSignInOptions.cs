using System.ComponentModel.DataAnnotations;

namespace Formulate.Web.Security;

public sealed class FormulateSignInOptions
{
    public const string SectionName = "Formulate:SignIn";

    /// <summary>Sign-in with a user name and password held by Formulate; the embedded default.</summary>
    public bool LocalAccountsEnabled { get; set; } = true;

    /// <summary>A session ends after this many minutes without a request; each request restarts the count.</summary>
    [Range(1, 24 * 60)]
    public int SessionTimeoutMinutes { get; set; } = 20;

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

    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 15;
}
