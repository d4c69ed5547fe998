using Formulate.Data.Entities;
using Formulate.Web.Api;
using Formulate.Web.Security.Sso;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Formulate.Web.Security;

internal static class SecurityServiceCollectionExtensions
{
    public static IServiceCollection AddFormulateSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FormulateSignInOptions>()
            .BindConfiguration(FormulateSignInOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<FormulateApiOptions>()
            .BindConfiguration(FormulateApiOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddAuthentication(CookieScheme.ByPath)
            .AddPolicyScheme(CookieScheme.ByPath, displayName: null, options =>
                options.ForwardDefaultSelector = context => ApiPath.Matches(context) ? ApiKeyDefaults.Scheme : CookieScheme.Name)
            .AddCookie(CookieScheme.Name, ConfigureCookie)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.Scheme, _ => { })
            .AddFormulateSso(configuration);
        services.AddAntiforgery(options =>
        {
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddFormulateRateLimiting();
        services.AddFormulateForwardedHeaders();
        services.AddOptions<CookieAuthenticationOptions>(CookieScheme.Name)
            .Configure<IOptions<FormulateSignInOptions>>((cookie, signIn) =>
                cookie.ExpireTimeSpan = TimeSpan.FromMinutes(signIn.Value.SessionTimeoutMinutes));
        services.AddAuthorization(Policies.Add);
        services.AddCascadingAuthenticationState();

        services.TryAddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
        services.AddSingleton<LocalAccountSignIn>();
        services.AddSingleton<UnknownUserNameFailures>();
        services.AddSingleton<AccountCheck>();
        services.AddSingleton<ServerSessions>();
        services.AddScoped<AuthenticationStateProvider, AccountRevalidation>();
        services.AddScoped<CircuitActivity>();
        services.AddScoped<CircuitHandler>(provider => provider.GetRequiredService<CircuitActivity>());
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<KnownApiKeys>();
        services.AddSingleton<Accounts.AccountAdministration>();
        services.AddSingleton<Accounts.FirstAdministrator>();
        services.AddSingleton<Accounts.OwnPassword>();
        services.AddSingleton<Accounts.CommonPasswords>();
        services.AddSingleton<Accounts.GuessablePasswords>();
        return services;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = CookieScheme.CookieName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.SlidingExpiration = true;
        options.LoginPath = CookieScheme.SignInPath;
        options.AccessDeniedPath = CookieScheme.ForbiddenPath;
        options.ReturnUrlParameter = "ReturnUrl";
        SignInCookieChecks.Attach(options.Events);
    }
}
