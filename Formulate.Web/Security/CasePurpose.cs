namespace Formulate.Web.Security;

/// <summary>What a user wants a person's case for, since business support print letters but never open the case itself.</summary>
public enum CasePurpose
{
    /// <summary>Needs Profiles, estimates and sign-off: practitioners and team managers.</summary>
    CaseWork,

    /// <summary>The person's letter: practitioners, team managers and business support.</summary>
    Letters,
}
