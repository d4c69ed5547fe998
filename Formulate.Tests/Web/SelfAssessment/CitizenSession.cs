using Formulate.Tests.Web.Support;
using Formulate.Web.Components.Pages.SelfAssessment;

namespace Formulate.Tests.Web.SelfAssessment;

/// <summary>Someone going through the self-assessment in a browser without JavaScript: forms posted, redirects followed.</summary>
public static class CitizenSession
{
    public static async Task<HtmlPage> FollowAsync(this WebSession session, HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(response);
        var url = response.RequestMessage!.RequestUri!.PathAndQuery;
        for (var hops = 0; (int)response.StatusCode is >= 300 and < 400 && hops < 5; hops++)
        {
            url = response.LocalTarget();
            response = await session.Client.GetAsync(url);
        }

        return await HtmlPage.ReadAsync(response, url);
    }

    public static async Task<HtmlPage> StartAsync(
        this WebSession session, string code, string email = "pat@example.org", string? relationship = null, string? helperName = null, string? mobile = null)
    {
        var page = await session.GetPageAsync(SelfAssessmentPaths.Invitation(code));
        var fields = new Dictionary<string, string> { ["Who"] = relationship is null ? "me" : "someone-else", ["ContactEmail"] = email, ["ContactMobile"] = mobile ?? "" };
        if (relationship is not null)
        {
            fields["Relationship"] = relationship;
            fields["HelperName"] = helperName ?? "Sam Helper";
        }

        return await session.FollowAsync(await session.SubmitAsync(page, "form", fields));
    }

    public static async Task<HtmlPage> AnswerAsync(this WebSession session, HtmlPage page, string code, string action = "continue") =>
        await session.FollowAsync(await session.SubmitAsync(page, "form", new Dictionary<string, string> { ["Answer"] = code, ["Action"] = action }));

    /// <summary>Answers every question with <paramref name="choose"/> (by default its first answer) until the answers are checked.</summary>
    public static async Task<HtmlPage> AnswerAllAsync(this WebSession session, HtmlPage page, Func<string, IReadOnlyList<string>, string>? choose = null)
    {
        for (var i = 0; i < 200 && page.Url.StartsWith("/self-assessment/questions/", StringComparison.Ordinal); i++)
        {
            var questionId = Uri.UnescapeDataString(page.Url["/self-assessment/questions/".Length..]);
            var offered = page.Document.QuerySelectorAll("input[name=Answer]").Select(input => input.GetAttribute("value")!).ToList();
            page = await session.AnswerAsync(page, choose?.Invoke(questionId, offered) ?? offered[0]);
        }

        return page;
    }
}
