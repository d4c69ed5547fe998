using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Formulate.Data.Protection;

/// <summary>
/// Stores a value as <c>pd1:</c> and its protected form. A value without the prefix is one written
/// before personal data was protected; it reads as it is until <see cref="PersonalDataBackfill"/>
/// protects it.
/// </summary>
public sealed class PersonalDataConverter(IPersonalDataProtector protector)
    : ValueConverter<string, string>(value => ToStore(protector, value), stored => FromStore(protector, stored))
{
    public const string Prefix = "pd1:";

    public static bool IsProtected(string? stored) => stored?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    private static string ToStore(IPersonalDataProtector protector, string value) => Prefix + protector.Protect(value);

    private static string FromStore(IPersonalDataProtector protector, string stored) =>
        IsProtected(stored) ? protector.Unprotect(stored[Prefix.Length..]) : stored;
}
