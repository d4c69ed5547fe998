using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Formulate.Data.Seeding;

namespace Formulate.Tests.Web.Support;

/// <summary>One browser: keeps cookies, never follows redirects, posts forms as a browser would.</summary>
public sealed class WebSession(HttpClient client) : IDisposable
{
    public HttpClient Client => client;

    public async Task<HtmlPage> GetPageAsync(string url) => await HtmlPage.ReadAsync(await client.GetAsync(url), url);

    /// <summary>Posts the form's hidden fields (antiforgery token, form handler) with <paramref name="fields"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(HtmlPage page, string formSelector, IReadOnlyDictionary<string, string>? fields = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var form = page.Document.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Url}");
        var values = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]")
            .ToDictionary(input => input.Name!, input => input.Value);
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            values[name] = value;
        }

        var action = form.GetAttribute("action") is { Length: > 0 } target ? target : page.Url;
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    public async Task<HttpResponseMessage> SignInAsync(string userName, string password = DemoAccounts.Password, string? returnUrl = null)
    {
        var url = returnUrl is null ? "/sign-in" : $"/sign-in?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        var page = await GetPageAsync(url);
        return await SubmitAsync(page, "form", new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password });
    }

    public async Task<HtmlPage> SignInExpectingPageAsync(string userName, string password)
    {
        var response = await SignInAsync(userName, password);
        return await HtmlPage.ReadAsync(response, "/sign-in");
    }

    public void Dispose() => client.Dispose();
}
