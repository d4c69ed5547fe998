namespace Formulate.Web.Security;

/// <summary>Whether a user may see and change a person's case: their details, profiles, estimates, submissions and letter.</summary>
public enum CaseAccessDecision
{
    Allowed,

    /// <summary>There is no such person, profile, estimate or submission.</summary>
    NotFound,

    /// <summary>It exists, but the user works in none of its team's teams, or in no role that carries cases.</summary>
    Forbidden,
}
