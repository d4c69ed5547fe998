using Formulate.Data.Entities;

namespace Formulate.Web.SignOff;

/// <summary>The colour of a status tag on the staff screens (<c>StaffTag</c>), the same wherever the status is shown.</summary>
public static class StatusColours
{
    public static string Of(SubmissionStatus status) => status switch
    {
        SubmissionStatus.AwaitingApproval => "primary",
        SubmissionStatus.AwaitingSecondApproval => "warning",
        SubmissionStatus.Returned => "error",
        SubmissionStatus.Approved => "success",
        _ => "default",
    };

    public static string Of(NeedsProfileStatus status) => status switch
    {
        NeedsProfileStatus.Completed or NeedsProfileStatus.Submitted => "primary",
        NeedsProfileStatus.Approved => "success",
        NeedsProfileStatus.Returned => "error",
        _ => "default",
    };
}
