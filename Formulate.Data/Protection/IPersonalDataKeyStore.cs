namespace Formulate.Data.Protection;

/// <summary>
/// Makes the keys that protect personal data ready once the schema is current and before any protected value is read
/// or written: keys kept in the database can be read only from then.
/// </summary>
public interface IPersonalDataKeyStore
{
    Task PrepareAsync(CancellationToken cancellationToken);
}
