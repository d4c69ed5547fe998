using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Formulate.Data.Providers;

/// <summary>The app's context factory: one short-lived context of the configured provider's type per operation.</summary>
internal sealed class ProviderContextFactory(DbContextOptions<FormulateDbContext> options, IOptions<FormulateDataOptions> data)
    : IDbContextFactory<FormulateDbContext>
{
    public FormulateDbContext CreateDbContext() => FormulateContexts.Create(data.Value.Provider, options);
}
