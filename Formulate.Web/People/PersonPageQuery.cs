namespace Formulate.Web.People;

/// <summary>What the person page reads from its address.</summary>
public static class PersonPageQuery
{
    /// <summary>Set after the person's details are saved, for the "Details updated" banner.</summary>
    public const string DetailsUpdated = "details-updated";
}
