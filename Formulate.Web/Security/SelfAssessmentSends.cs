using Formulate.Web.Components.Pages.SelfAssessment;

namespace Formulate.Web.Security;

/// <summary>The public self-assessment's requests that can send a message: starting a request, and asking for a code.</summary>
internal static class SelfAssessmentSends
{
    public static bool Matches(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.Equals(SelfAssessmentPaths.Request, StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals(SelfAssessmentPaths.Return, StringComparison.OrdinalIgnoreCase));
}
