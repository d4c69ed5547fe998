using Formulate.Tests.Web.Support;
using Formulate.Web.Components.Pages.SelfAssessment;

namespace Formulate.Tests.Web.SelfAssessment;

/// <summary>Someone asking for a self-assessment without an invitation, in a browser without JavaScript.</summary>
public static class RequestSession
{
    public static Dictionary<string, string> Valid(string name, string email) => new()
    {
        ["Who"] = "me",
        ["FullName"] = name,
        ["DateOfBirth-day"] = "27",
        ["DateOfBirth-month"] = "3",
        ["DateOfBirth-year"] = "1950",
        ["Postcode"] = "nb2 7qt",
        ["ContactEmail"] = email,
    };

    public static async Task<HtmlPage> RequestAsync(this WebSession session, IReadOnlyDictionary<string, string> fields)
    {
        var page = await session.GetPageAsync(SelfAssessmentPaths.Request);
        return await session.FollowAsync(await session.SubmitAsync(page, "form", fields));
    }
}
