using Formulate.Web.Components;
using Microsoft.AspNetCore.Rewrite;

namespace Formulate.Web;

public static class FormulateWebApplicationExtensions
{
    public static WebApplication UseFormulateWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);

        // The precompiled GOV.UK and MOJ stylesheets load fonts and images from /assets.
        app.UseRewriter(new RewriteOptions().AddRewrite("^assets/(.*)$", "lib/assets/$1", skipRemainingRules: true));
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
