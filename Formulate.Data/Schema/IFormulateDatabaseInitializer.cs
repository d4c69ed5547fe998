namespace Formulate.Data.Schema;

public interface IFormulateDatabaseInitializer
{
    /// <summary>
    /// Creates the database if it does not exist, brings its schema up to the version this
    /// release expects, then seeds the demo data when that is switched on. Safe to run at
    /// every start-up.
    /// </summary>
    Task<DatabaseInitializationResult> InitializeAsync(CancellationToken cancellationToken = default);
}
