namespace Formulate.Web.People;

/// <summary>The caseload's sortable columns, named as the properties of <see cref="CaseloadEntry"/> the grid shows.</summary>
public enum CaseloadSort
{
    Name,
    CaseReference,
    Team,
    LatestProfileStatus,
    LatestEstimate,
}
