using Formulate.Data;
using Formulate.Data.Entities;
using Formulate.Tests.Web.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Accounts;

/// <summary>Filling in and sending the user account pages' forms as a browser would.</summary>
internal static class AccountPages
{
    public static async Task<HtmlPage> AddAsync(WebSession session, string userName, string displayName, string team, params string[] roles)
    {
        var page = await session.GetPageAsync("/accounts/new");
        List<KeyValuePair<string, string>> fields = [new("UserName", userName), new("DisplayName", displayName), new("Team", team)];
        fields.AddRange(roles.Select(role => new KeyValuePair<string, string>("Roles", role)));
        return await HtmlPage.ReadAsync(await session.SubmitAllAsync(page, "form:has(#UserName)", fields), "/accounts/new");
    }

    public static async Task<HtmlPage> AddAsync(WebSession session, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await session.GetPageAsync("/accounts/new");
        return await HtmlPage.ReadAsync(await session.SubmitAllAsync(page, "form:has(#UserName)", fields), "/accounts/new");
    }

    public static async Task<HtmlPage> ChangeDetailsAsync(WebSession session, HtmlPage page, string displayName, string team, params string[] roles)
    {
        List<KeyValuePair<string, string>> fields = [new("DisplayName", displayName), new("Team", team)];
        fields.AddRange(roles.Select(role => new KeyValuePair<string, string>("Roles", role)));
        return await FollowAsync(session, await session.SubmitAllAsync(page, "form#details", fields), page.Url);
    }

    /// <summary>Presses the only button of the form with this id: unlock, password or status.</summary>
    public static async Task<HtmlPage> PressAsync(WebSession session, HtmlPage page, string formId) =>
        await FollowAsync(session, await session.SubmitAsync(page, $"form#{formId}"), page.Url);

    public static async Task<HtmlPage> FollowAsync(WebSession session, HttpResponseMessage response, string url) =>
        response.StatusCode == System.Net.HttpStatusCode.Redirect
            ? await session.GetPageAsync(response.LocalTarget())
            : await HtmlPage.ReadAsync(response, url);

    public static async Task<Guid> IdOfAsync(FormulateWebFactory factory, string userName) => (await factory.FindAsync(userName)).Id;

    public static async Task<HtmlPage> OpenAsync(WebSession session, FormulateWebFactory factory, string userName) =>
        await session.GetPageAsync($"/accounts/{await IdOfAsync(factory, userName)}");

    public static async Task ChangeAsync(FormulateWebFactory factory, string userName, Action<UserAccount> change)
    {
        await using var context = await factory.Services.GetRequiredService<IDbContextFactory<FormulateDbContext>>().CreateDbContextAsync();
        var account = await context.UserAccounts.Include(a => a.Roles).SingleAsync(a => a.UserName == userName);
        change(account);
        await context.SaveChangesAsync();
    }
}
