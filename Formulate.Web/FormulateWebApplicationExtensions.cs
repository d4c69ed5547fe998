using Formulate.Web.Accuracy;
using Formulate.Web.Api;
using Formulate.Web.Audit;
using Formulate.Web.Components;
using Formulate.Web.Configuration;
using Formulate.Web.Health;
using Formulate.Web.Logging;
using Formulate.Web.Letters;
using Formulate.Web.Security;
using Formulate.Web.Security.Sso;
using Formulate.Web.Startup;
using Microsoft.AspNetCore.Rewrite;

namespace Formulate.Web;

public static class FormulateWebApplicationExtensions
{
    public static WebApplication UseFormulateWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // First, so that everything after sees the client's own address and scheme.
        app.UseForwardedHeaders();
        app.UseUkCulture();
        app.UseCorrelationId();
        app.UseSecurityHeaders();
        app.UseNotReadyResponses();
        app.UseApiErrorResponses();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        // Only ever sent over HTTPS, and never for localhost.
        app.UseHsts();

        // API callers get problem+json, never the HTML "page not found".
        app.UseWhen(
            context => !ApiPath.Matches(context),
            pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));

        // The precompiled GOV.UK and MOJ stylesheets load fonts and images from /assets.
        app.UseRewriter(new RewriteOptions().AddRewrite("^assets/(.*)$", "lib/assets/$1", skipRemainingRules: true));
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRequiredPasswordChange();
        app.UseAntiforgery();
        app.UseExpiredSignInForms();

        app.MapStaticAssets().AllowAnonymous();
        app.MapFormulateHealth();
        app.MapOpenApi().AllowAnonymous();
        app.MapSignOut();
        app.MapSessionKeepAlive();
        app.MapSsoSignIn();
        app.MapFormulateApi();
        app.MapAccuracyApi();
        app.MapAccuracyDownloads();
        app.MapFormulateDocuments();
        app.MapAuditExport();
        app.MapConfigurationDownloads();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
