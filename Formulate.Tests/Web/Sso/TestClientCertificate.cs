using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Formulate.Tests.Web.Sso;

/// <summary>A self-signed RSA certificate such as a council uploads to its Entra app registration, and its .pfx file.</summary>
internal static class TestClientCertificate
{
    public static X509Certificate2 Create(string subject)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={subject}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
    }

    /// <summary>Writes the certificate with its private key as a password-protected .pfx file in <paramref name="directory"/>; returns its path.</summary>
    public static string WritePfx(X509Certificate2 certificate, string directory, string password)
    {
        var path = Path.Combine(directory, $"{certificate.Thumbprint}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return path;
    }
}
