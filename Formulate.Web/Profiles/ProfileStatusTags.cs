using Formulate.Data.Entities;

namespace Formulate.Web.Profiles;

/// <summary>Tag text and colour for a Needs Profile's status, the same on every screen.</summary>
public static class ProfileStatusTags
{
    public static string Text(NeedsProfileStatus status) => status switch
    {
        NeedsProfileStatus.Draft => "Draft",
        NeedsProfileStatus.Completed => "Completed",
        NeedsProfileStatus.Submitted => "Submitted",
        NeedsProfileStatus.Approved => "Approved",
        NeedsProfileStatus.Returned => "Returned",
        _ => status.ToString(),
    };

    public static string Classes(NeedsProfileStatus status) => status switch
    {
        NeedsProfileStatus.Draft => "govuk-tag--grey",
        NeedsProfileStatus.Completed => "govuk-tag--blue",
        NeedsProfileStatus.Submitted => "govuk-tag--purple",
        NeedsProfileStatus.Approved => "govuk-tag--green",
        NeedsProfileStatus.Returned => "govuk-tag--orange",
        _ => "govuk-tag--grey",
    };
}
