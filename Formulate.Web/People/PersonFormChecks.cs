using System.Text.RegularExpressions;

namespace Formulate.Web.People;

/// <summary>What a person's details are checked against: the teams they may be put in, the council's case references, and today.</summary>
public sealed record PersonFormChecks(IReadOnlyCollection<string> Teams, Regex CaseReference, string CaseReferenceDescription, DateOnly Today)
{
    /// <summary>The checks with the council's case references as configured by default.</summary>
    public static PersonFormChecks Default(IReadOnlyCollection<string> teams, DateOnly today)
    {
        var options = new CaseReferenceOptions();
        return new PersonFormChecks(teams, options.Pattern(), options.CaseReferenceDescription, today);
    }
}
