using Formulate.Data.Entities;
using Formulate.Web.Components.Moj;

namespace Formulate.Web.Profiles;

/// <summary>Tells apart a person's Needs Profiles, even two assessed on the same day, by when each was started.</summary>
public static class ProfileDescription
{
    public static string Of(NeedsProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return $"assessed on {MojDate.Date(profile.AssessmentDate)}, started {MojDate.DateTime(profile.CreatedAt)}";
    }
}
