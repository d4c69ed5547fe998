using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Data.Infrastructure;

/// <summary>
/// Apps and databases under test hash passwords with few iterations: at full strength, the demo accounts seeded for
/// every app and each sign-in cost a tenth of a second apiece, minutes over the suite. A hash records its own iteration
/// count, so checking a password works the same whatever count made it; tests of hashing itself use their own hasher.
/// </summary>
public static class TestHashing
{
    public const int Iterations = 1_000;

    public static IServiceCollection HashCheaply(this IServiceCollection services) =>
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = Iterations);
}
