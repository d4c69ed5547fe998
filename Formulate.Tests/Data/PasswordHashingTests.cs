using System.Buffers.Binary;
using Formulate.Data;
using Formulate.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Data;

/// <summary>The tests hash cheaply (<c>TestHashing</c>); the app itself must not.</summary>
public sealed class PasswordHashingTests
{
    [Fact]
    public void Hasher_AsTheAppRegistersIt_HashesAtFullStrength()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Formulate:Data:ConnectionString"] = "Data Source=unused.db" })
            .Build();
        using var services = new ServiceCollection().AddLogging().AddFormulateData(configuration).BuildServiceProvider();

        var hash = Convert.FromBase64String(services.GetRequiredService<IPasswordHasher<UserAccount>>()
            .HashPassword(new UserAccount { UserName = "someone", DisplayName = "Someone" }, "Correct-horse-battery-9"));

        // ASP.NET Core Identity's version 3 format: a marker byte, the PRF, then the iteration count, big-endian.
        hash[0].ShouldBe((byte)0x01);
        BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5, 4)).ShouldBeGreaterThanOrEqualTo(100_000u);
    }
}
