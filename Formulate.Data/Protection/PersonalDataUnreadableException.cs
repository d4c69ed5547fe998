namespace Formulate.Data.Protection;

/// <summary>
/// Names and addresses in the database cannot be decrypted with the keys Formulate has: the keys
/// were lost, or are not the ones that protected this database.
/// </summary>
public sealed class PersonalDataUnreadableException(Exception cause)
    : InvalidOperationException($"The names and addresses in the database cannot be decrypted with the keys Formulate has ({cause.GetBaseException().Message}).", cause);
