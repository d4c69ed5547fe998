using Formulate.Data.Entities;
using Formulate.Web.Components.Govuk;
using Formulate.Web.Security;
using Formulate.Web.Security.Sso;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace Formulate.Web.Components.Pages;

public partial class SignIn
{
    [Inject] private LocalAccountSignIn LocalAccounts { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private IOptions<FormulateSignInOptions> SignInOptions { get; set; } = default!;
    [Inject] private IOptions<SsoOptions> Sso { get; set; } = default!;
    [Inject] private ILogger<SignIn> Logger { get; set; } = default!;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm] private string? UserName { get; set; }
    [SupplyParameterFromForm] private string? Password { get; set; }
    [SupplyParameterFromQuery] private string? ReturnUrl { get; set; }
    [SupplyParameterFromQuery(Name = SignOutEndpoint.SignedOutQuery)] private bool SignedOut { get; set; }
    [SupplyParameterFromQuery(Name = SsoDefaults.FailedQuery)] private string? SsoFailedBecause { get; set; }
    [SupplyParameterFromQuery(Name = ExpiredSignInForms.ExpiredQuery)] private bool FormExpired { get; set; }
    [SupplyParameterFromQuery(Name = SignInCookieChecks.EndedQuery)] private string? EndedBecause { get; set; }

    /// <summary>Why the session ended, when Formulate ended it (the organisation's sign-out returns here saying so too).</summary>
    private SessionEnd? Ended => SignInCookieChecks.FromQuery(EndedBecause);

    private SsoRefusal? SsoFailed => SsoRefusals.FromQuery(SsoFailedBecause);

    private string IdleMessage
    {
        get
        {
            var minutes = SignInOptions.Value.SessionTimeoutMinutes;
            return $"You were signed out because you had not done anything for {minutes} {(minutes == 1 ? "minute" : "minutes")}. Anything you had saved is kept. Sign in again to carry on.";
        }
    }

    private IReadOnlyList<GovukErrorSummaryItem> SsoFailedSummary =>
        [new($"Signing in with {Sso.Value.OrganisationName} did not work: {SsoRefusalMessages.For(SsoFailed!.Value)}", "#sso-sign-in")];

    private string SsoStartUrl => ReturnUrl is null
        ? SsoDefaults.StartPath
        : $"{SsoDefaults.StartPath}?ReturnUrl={Uri.EscapeDataString(LocalUrl.OrHome(ReturnUrl))}";

    private string? _userNameError;
    private string? _passwordError;
    private IReadOnlyList<GovukErrorSummaryItem> _summary = [];

    private async Task SignInAsync()
    {
        _userNameError = string.IsNullOrWhiteSpace(UserName) ? "Enter your user name" : null;
        _passwordError = string.IsNullOrEmpty(Password) ? "Enter your password" : null;
        if (_userNameError is not null || _passwordError is not null)
        {
            ShowErrors();
            return;
        }

        var attempt = await LocalAccounts.SignInAsync(UserName!, Password!, HttpContext.RequestAborted);
        var userName = UserName!.Trim();
        WebLog.SignInAttempted(Logger, userName, attempt.Outcome);
        switch (attempt.Outcome)
        {
            case SignInOutcome.Succeeded:
                await HttpContext.SignInAsync(CookieScheme.Name, attempt.Principal!);
                Navigation.NavigateTo(LocalUrl.OrHome(ReturnUrl));
                return;
            case SignInOutcome.LockedOut:
                _userNameError = LockedMessage(attempt.LockoutEndsAt!.Value);
                break;
            case SignInOutcome.Inactive:
                _userNameError = "Your account has been deactivated. Ask your Formulate administrator to reactivate it";
                break;
            case SignInOutcome.LocalAccountsDisabled:
                _userNameError = "Signing in with a Formulate user name and password is switched off";
                break;
            default:
                // Never say which of the two was wrong: that would confirm which user names exist.
                _userNameError = "Enter a correct user name and password";
                break;
        }

        ShowErrors();
    }

    private string LockedMessage(DateTimeOffset endsAt)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling((endsAt - Clock.GetUtcNow()).TotalMinutes));
        var unit = minutes == 1 ? "minute" : "minutes";
        // The same for every user name, with or without an account: it must not say that an account exists.
        return $"There have been too many failed attempts to sign in with this user name. Wait {minutes} {unit}, then try again";
    }

    private void ShowErrors()
    {
        var items = new List<GovukErrorSummaryItem>();
        if (_userNameError is not null)
        {
            items.Add(new GovukErrorSummaryItem(_userNameError, "#UserName"));
        }

        if (_passwordError is not null)
        {
            items.Add(new GovukErrorSummaryItem(_passwordError, "#Password"));
        }

        _summary = items;
    }
}
