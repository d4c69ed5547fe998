using System.Security.Claims;
using Formulate.Data.Seeding;
using Formulate.Web.People;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Support;

/// <summary>Settings and steps for apps that keep their Data Protection keys in the database they share.</summary>
public static class SharedKeys
{
    /// <summary>A key-encryption key as an operator makes one (<c>openssl rand -base64 32</c>).</summary>
    public const string KeyEncryptionKey = "VoOzJUtfQ83XwMF0PkS8gkNhpoRTb0HVYrY3fTBEt9s=";

    /// <summary>Another installation's key-encryption key.</summary>
    public const string OtherKeyEncryptionKey = "3CNyVBJx87OiFKnBnxLhCjMDIngKXX0wvU4J+bqq8sI=";

    public static readonly ClaimsPrincipal North = CaseWorkers.Practitioner(userName: "tests");

    /// <summary>
    /// The database key store, with <paramref name="keyDirectory"/> as the key directory of each server: its keys are
    /// copied into the database, and nothing is written to it. Each server is given a directory of its own, as each has
    /// its own disk, so that only the database can make their keys the same.
    /// </summary>
    public static Dictionary<string, string?> InDatabase(string keyDirectory, string? keyEncryptionKey = KeyEncryptionKey) => new()
    {
        ["Formulate:DataProtection:KeyStore"] = "Database",
        ["Formulate:DataProtection:KeyEncryptionKey"] = keyEncryptionKey,
        ["Formulate:DataProtection:KeyDirectory"] = keyDirectory,
    };

    /// <summary>A directory path that does not exist: a server with no key files of its own.</summary>
    public static string NoKeyDirectory() => Path.Combine(Path.GetTempPath(), "formulate-no-keys-" + Guid.NewGuid().ToString("N"));

    /// <summary>Adds a person to the North team through the app's own service; their name and address are stored protected.</summary>
    public static async Task<Guid> AddPersonAsync(IServiceProvider app, string givenName, string familyName)
    {
        var added = await app.GetRequiredService<PeopleService>().AddAsync(new NewPerson
        {
            CaseReference = "KEY-" + Guid.NewGuid().ToString("N")[..8],
            GivenName = givenName,
            FamilyName = familyName,
            AddressLine1 = "12 Mill Lane",
            Town = "Northby",
            Postcode = "NB3 4CD",
            Team = DemoAccounts.NorthTeam,
        }, North);
        return added.PersonId ?? throw new InvalidOperationException("The person was not added.");
    }

    /// <summary>The person's name and first address line as the app reads them, decrypted with its keys.</summary>
    public static async Task<string> NameAndAddressAsync(IServiceProvider app, Guid personId)
    {
        var person = (await app.GetRequiredService<PeopleService>().FindAsync(North, personId)).Value!.Person;
        return $"{person.GivenName} {person.FamilyName}, {person.AddressLine1}";
    }
}
