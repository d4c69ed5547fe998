namespace Formulate.Data.Entities;

/// <summary>Stored by name, so that the database reads plainly and reordering is harmless.</summary>
public enum Role
{
    Practitioner,
    TeamManager,
    ConfigurationManager,
    Auditor,

    /// <summary>Prints and sends letters for their teams' people; opens no Needs Profile and sets no rate.</summary>
    BusinessSupport,

    /// <summary>Runs accuracy tests and benchmarking, which show case references and never names or addresses.</summary>
    Analyst,
}
