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
        var (action, values) = Fill(page, formSelector, fields);
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    /// <summary>Posts the form's hidden fields with <paramref name="fields"/>, where a name may repeat, as ticked checkboxes send it.</summary>
    public async Task<HttpResponseMessage> SubmitAllAsync(HtmlPage page, string formSelector, IEnumerable<KeyValuePair<string, string>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var list = fields.ToList();
        var (action, values) = Fill(page, formSelector, null);
        foreach (var name in list.Select(field => field.Key).Distinct())
        {
            values.Remove(name);
        }

        return await client.PostAsync(action, new FormUrlEncodedContent([.. values, .. list]));
    }

    /// <summary>Posts the form as multipart, as a browser does for a form with a file, with <paramref name="file"/> in <paramref name="fileField"/>.</summary>
    public async Task<HttpResponseMessage> SubmitWithFileAsync(
        HtmlPage page, string formSelector, IReadOnlyDictionary<string, string> fields, string fileField, string fileName, byte[] file)
    {
        var (action, values) = Fill(page, formSelector, fields);
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in values)
        {
            content.Add(new StringContent(value), name);
        }

        // Written out, as a browser sends it, so that no file chosen can be sent too: an empty part named "".
        var part = new ByteArrayContent(file);
        part.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("form-data") { Name = $"\"{fileField}\"", FileName = $"\"{fileName}\"" };
        part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        content.Add(part);
        return await client.PostAsync(action, content);
    }

    /// <summary>Where the form posts to, and its hidden fields with <paramref name="fields"/> added.</summary>
    private static (string Action, Dictionary<string, string> Values) Fill(HtmlPage page, string formSelector, IReadOnlyDictionary<string, string>? fields)
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

        return (form.GetAttribute("action") is { Length: > 0 } target ? target : page.Url, values);
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
