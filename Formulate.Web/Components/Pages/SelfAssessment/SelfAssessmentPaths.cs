namespace Formulate.Web.Components.Pages.SelfAssessment;

/// <summary>The public self-assessment's addresses.</summary>
public static class SelfAssessmentPaths
{
    public const string Start = "/self-assessment";

    public const string CheckAnswers = "/self-assessment/check-answers";

    public const string Confirmation = "/self-assessment/confirmation";

    public const string PayingForCare = "/self-assessment/paying-for-care";

    public const string Saved = "/self-assessment/saved";

    public const string Return = "/self-assessment/return";

    public const string Request = "/self-assessment/request";

    public const string Privacy = "/self-assessment/privacy";

    public static string Invitation(string code) => $"/self-assessment/invitation/{Uri.EscapeDataString(code)}";

    public static string Question(string questionId) => $"/self-assessment/questions/{Uri.EscapeDataString(questionId)}";

    public static string ReturnCode(string reference) => $"/self-assessment/return/code?reference={Uri.EscapeDataString(reference)}";
}
