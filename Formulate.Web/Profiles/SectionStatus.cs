namespace Formulate.Web.Profiles;

public enum SectionStatus
{
    NotStarted,
    InProgress,
    Completed,

    /// <summary>None of the section's questions are asked, given the answers so far.</summary>
    NothingToAnswer,
}
