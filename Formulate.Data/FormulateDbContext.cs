using Formulate.Data.Configuration;
using Formulate.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Data;

/// <summary>
/// Use through <c>IDbContextFactory&lt;FormulateDbContext&gt;</c>, one short-lived context per
/// operation: a Blazor Server scope lives as long as the user's circuit.
/// </summary>
public sealed class FormulateDbContext(DbContextOptions<FormulateDbContext> options) : DbContext(options)
{
    public DbSet<Person> People => Set<Person>();

    public DbSet<NeedsProfile> NeedsProfiles => Set<NeedsProfile>();

    public DbSet<EstimateSnapshot> EstimateSnapshots => Set<EstimateSnapshot>();

    public DbSet<UserAccount> UserAccounts => Set<UserAccount>();

    public DbSet<UserRole> UserRoles => Set<UserRole>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareForSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareForSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FormulateDbContext).Assembly);
    }

    private void PrepareForSave()
    {
        ChangeTracker.DetectChanges();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is EstimateSnapshot && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException(
                    "An estimate snapshot is a permanent record and cannot be changed or deleted. " +
                    "Save a new estimate instead.");
            }

            if (entry.Entity is IVersioned && entry.State == EntityState.Modified)
            {
                var version = entry.Property(nameof(IVersioned.Version));
                version.CurrentValue = (int)version.OriginalValue! + 1;
            }
        }
    }
}
