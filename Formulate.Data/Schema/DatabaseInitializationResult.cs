namespace Formulate.Data.Schema;

/// <param name="AppliedMigrations">The schema versions applied by this start-up, oldest first; empty when already current.</param>
/// <param name="SchemaVersion">The schema version the database is now at.</param>
/// <param name="DemoDataSeeded">Whether demo data seeding was switched on.</param>
public sealed record DatabaseInitializationResult(
    IReadOnlyList<string> AppliedMigrations,
    string SchemaVersion,
    bool DemoDataSeeded);
