using System.Net;
using Formulate.Tests.Web.Support;

namespace Formulate.Tests.Web.Sso;

/// <summary>A person signing in through the test provider, as their browser would: real HTTP, the provider's own sign-in form.</summary>
internal static class ProviderSignIn
{
    /// <summary>Follows the whole code flow; returns where the app sends the person afterwards.</summary>
    public static async Task<string> SignInAsync(WebSession session, OidcTestProvider provider, string account, string returnUrl)
    {
        var callback = await CallbackAsync(session, provider, account, returnUrl);
        var response = await session.Client.GetAsync(callback);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Starts at Formulate, signs in at the provider; returns the address the provider sends the browser back to.</summary>
    public static async Task<string> CallbackAsync(WebSession session, OidcTestProvider provider, string account, string returnUrl)
    {
        var challenge = await session.Client.GetAsync($"/sign-in/sso?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        var next = challenge.Headers.Location ?? throw new InvalidOperationException($"No challenge: {challenge.StatusCode}");
        using var browser = provider.NewBrowser();
        for (var hop = 0; hop < 10; hop++)
        {
            if (next.IsAbsoluteUri && next.Host == "localhost")
            {
                next.AbsolutePath.ShouldBe("/sign-in/sso/callback");
                return next.PathAndQuery;
            }

            var response = await browser.GetAsync(next);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                // The provider's sign-in form.
                var interaction = next.IsAbsoluteUri ? next : new Uri(provider.Issuer, next);
                response = await browser.PostAsync(interaction, new FormUrlEncodedContent(new Dictionary<string, string> { ["login"] = account }));
            }

            ((int)response.StatusCode).ShouldBeInRange(300, 399, await response.Content.ReadAsStringAsync());
            next = response.Headers.Location!;
            if (!next.IsAbsoluteUri)
            {
                next = new Uri(provider.Issuer, next);
            }
        }

        throw new InvalidOperationException("The provider never sent the browser back to Formulate.");
    }

    /// <summary>Says yes at the provider's sign-out, as a browser would; returns where the provider sends it afterwards.</summary>
    public static async Task<Uri> ConfirmSignOutAsync(OidcTestProvider provider, Uri signOut)
    {
        using var browser = provider.NewBrowser();
        var page = await (await browser.GetAsync(signOut)).Content.ReadAsStringAsync();
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page);
        var form = document.QuerySelector("form").ShouldNotBeNull(page);
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(input => input.GetAttribute("name")!, input => input.GetAttribute("value") ?? "");
        fields["logout"] = "yes";
        var confirmed = await browser.PostAsync(new Uri(signOut, new Uri(form.GetAttribute("action")!, UriKind.RelativeOrAbsolute)), new FormUrlEncodedContent(fields));
        ((int)confirmed.StatusCode).ShouldBeInRange(300, 399, await confirmed.Content.ReadAsStringAsync());
        return confirmed.Headers.Location!;
    }
}
