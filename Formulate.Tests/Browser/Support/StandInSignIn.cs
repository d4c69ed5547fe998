using System.Reflection;
using System.Security.Claims;
using Formulate.Data.Seeding;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Formulate.Tests.Browser.Support;

/// <summary>
/// A bare /sign-in and /forbidden with the same field ids, button and demo accounts as the real
/// ones, used only while the app has no sign-in page of its own, so that the browser tests sign in
/// through /sign-in either way. It steps aside by itself once the app has a /sign-in page.
/// </summary>
internal sealed class StandInSignIn : IStartupFilter
{
    public static bool IsNeeded { get; } = !typeof(Program).Assembly.GetTypes()
        .SelectMany(type => type.GetCustomAttributes<RouteAttribute>())
        .Any(route => string.Equals(route.Template, "/sign-in", StringComparison.OrdinalIgnoreCase));

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (context.Request.Path.Equals("/sign-in", StringComparison.OrdinalIgnoreCase))
            {
                await SignInAsync(context);
            }
            else if (context.Request.Path.Equals("/forbidden", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await WritePageAsync(context, "You do not have permission to see this page", "");
            }
            else
            {
                await nextMiddleware(context);
            }
        });
        next(app);
    };

    private static async Task SignInAsync(HttpContext context)
    {
        if (HttpMethods.IsPost(context.Request.Method))
        {
            var form = await context.Request.ReadFormAsync();
            var account = DemoAccounts.All.SingleOrDefault(a => a.UserName == form["UserName"] && a.Password == form["Password"]);
            if (account is not null)
            {
                var identity = new ClaimsIdentity(
                    [new Claim(ClaimTypes.Name, account.UserName), new Claim(ClaimTypes.Role, account.Role.ToString())],
                    CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role);
                await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
                var returnUrl = context.Request.Query["ReturnUrl"].ToString();
                context.Response.Redirect(returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/caseload");
                return;
            }
        }

        await WritePageAsync(context, "Sign in", """
            <form method="post">
              <label for="UserName">User name</label><input id="UserName" name="UserName">
              <label for="Password">Password</label><input id="Password" name="Password" type="password">
              <button type="submit">Sign in</button>
            </form>
            """);
    }

    private static Task WritePageAsync(HttpContext context, string heading, string body)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync($"<!DOCTYPE html><html lang=\"en\"><head><title>{heading}</title></head><body><main><h1>{heading}</h1>{body}</main></body></html>");
    }
}
