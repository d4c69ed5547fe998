namespace Formulate.Web.Security.Protection;

/// <summary>Where the keys that protect people's names and addresses are kept: never in the database they protect.</summary>
public sealed class PersonalDataProtectionOptions
{
    public const string SectionName = "Formulate:DataProtection";

    /// <summary>
    /// A directory only Formulate can read, backed up separately from the database. Empty: the
    /// ASP.NET Core default (the user profile's DataProtection-Keys), fine for a demonstration only.
    /// </summary>
    public string? KeyDirectory { get; set; }
}
