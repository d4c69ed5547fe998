using Formulate.Data.Protection;
using Microsoft.AspNetCore.DataProtection;

namespace Formulate.Tests.Data.Infrastructure;

/// <summary>Data Protection with keys held in memory, as the app protects personal data with keys held on disk.</summary>
public sealed class TestPersonalDataProtector : IPersonalDataProtector
{
    private readonly IDataProtector _protector = new EphemeralDataProtectionProvider().CreateProtector("Formulate.PersonalData.v1");

    public string Protect(string plaintext) => _protector.Protect(plaintext);

    public string Unprotect(string protectedText) => _protector.Unprotect(protectedText);
}
