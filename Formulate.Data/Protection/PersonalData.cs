using Formulate.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Data.Protection;

/// <summary>The columns that hold a person's name and address, protected at rest.</summary>
public static class PersonalData
{
    /// <summary>Long enough for the protected form of the longest name or address line the forms accept.</summary>
    public const int StoredLength = 1500;

    public static IReadOnlyList<string> PersonColumns { get; } =
    [
        nameof(Person.GivenName), nameof(Person.FamilyName), nameof(Person.AddressLine1),
        nameof(Person.AddressLine2), nameof(Person.Town), nameof(Person.Postcode),
    ];

    internal static void Protect(ModelBuilder modelBuilder, IPersonalDataProtector protector)
    {
        var converter = new PersonalDataConverter(protector);
        var person = modelBuilder.Entity<Person>();
        foreach (var column in PersonColumns)
        {
            person.Property(column).HasConversion(converter);
        }
    }
}
