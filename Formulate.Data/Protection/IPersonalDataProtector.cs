namespace Formulate.Data.Protection;

/// <summary>
/// Encrypts people's names and addresses before they reach the database. The web app supplies one
/// backed by ASP.NET Core Data Protection, whose keys live outside the database, so a copy of the
/// database alone does not reveal who anyone is.
/// </summary>
public interface IPersonalDataProtector
{
    string Protect(string plaintext);

    string Unprotect(string protectedText);
}
