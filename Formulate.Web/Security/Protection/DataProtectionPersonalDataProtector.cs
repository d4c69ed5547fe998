using Formulate.Data.Protection;
using Microsoft.AspNetCore.DataProtection;

namespace Formulate.Web.Security.Protection;

/// <summary>Names and addresses protected with ASP.NET Core Data Protection (authenticated encryption, rotating keys).</summary>
internal sealed class DataProtectionPersonalDataProtector(IDataProtectionProvider provider) : IPersonalDataProtector
{
    // The purpose isolates these values from cookies and antiforgery tokens protected with the same keys.
    private readonly IDataProtector _protector = provider.CreateProtector("Formulate.PersonalData.v1");

    public string Protect(string plaintext) => _protector.Protect(plaintext);

    public string Unprotect(string protectedText) => _protector.Unprotect(protectedText);
}
