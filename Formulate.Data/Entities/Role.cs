namespace Formulate.Data.Entities;

/// <summary>Stored by name, so that the database reads plainly and reordering is harmless.</summary>
public enum Role
{
    Practitioner,
    TeamManager,
    ConfigurationManager,
    Auditor,
}
