using Formulate.Data.Audit;
using Formulate.Data.Configuration;
using Formulate.Data.Entities;
using Formulate.Data.Protection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Data;

/// <summary>
/// Use through <c>IDbContextFactory&lt;FormulateDbContext&gt;</c>, one short-lived context per
/// operation: a Blazor Server scope lives as long as the user's circuit. Each provider has a context of its own
/// (<see cref="Providers.FormulateContexts"/>) only so that each finds its own generated migrations; the model is this one.
/// </summary>
public abstract class FormulateDbContext : DbContext
{
    protected FormulateDbContext(DbContextOptions<FormulateDbContext> options)
        : base(options)
    {
    }

    public DbSet<Person> People => Set<Person>();

    public DbSet<NeedsProfile> NeedsProfiles => Set<NeedsProfile>();

    public DbSet<EstimateSnapshot> EstimateSnapshots => Set<EstimateSnapshot>();

    public DbSet<UserAccount> UserAccounts => Set<UserAccount>();

    public DbSet<UserRole> UserRoles => Set<UserRole>();

    public DbSet<SignInSession> SignInSessions => Set<SignInSession>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<BudgetSubmission> BudgetSubmissions => Set<BudgetSubmission>();

    public DbSet<SubmissionDecision> SubmissionDecisions => Set<SubmissionDecision>();

    public DbSet<SubmissionWarning> SubmissionWarnings => Set<SubmissionWarning>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ParameterSetVersion> ParameterSetVersions => Set<ParameterSetVersion>();

    public DbSet<BenchmarkDatasetRecord> BenchmarkDatasets => Set<BenchmarkDatasetRecord>();

    public DbSet<AccuracySample> AccuracySamples => Set<AccuracySample>();

    public DbSet<AccuracyReportRecord> AccuracyReports => Set<AccuracyReportRecord>();

    public DbSet<EstimateFlag> EstimateFlags => Set<EstimateFlag>();

    public DbSet<LookupKey> LookupKeys => Set<LookupKey>();

    public DbSet<SelfAssessment> SelfAssessments => Set<SelfAssessment>();

    public DbSet<SelfAssessmentReview> SelfAssessmentReviews => Set<SelfAssessmentReview>();

    public DbSet<DataProtectionKeyRecord> DataProtectionKeys => Set<DataProtectionKeyRecord>();

    /// <summary>Who the audit log names for the changes this context saves; "system" when nobody is set.</summary>
    public string AuditUser { get; private set; } = SystemUser;

    /// <summary>What the audit log calls the next save, such as "Submission approved"; otherwise worked out from the records.</summary>
    public string? AuditAction { get; private set; }

    public const string SystemUser = "system";

    /// <summary>Names the person and the action the next saves are recorded against in the audit log.</summary>
    public FormulateDbContext AuditAs(string userName, string? action = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        AuditUser = userName;
        AuditAction = action;
        return this;
    }

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
        if (ProtectorOf(this) is { } protector)
        {
            PersonalData.Protect(modelBuilder, protector);
        }
    }

    /// <summary>The app's protector for names and addresses; none in tools and tests that build the context alone.</summary>
    internal static IPersonalDataProtector? ProtectorOf(DbContext context) =>
        context.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<IPersonalDataProtector>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        optionsBuilder.ReplaceService<IModelCacheKeyFactory, PersonalDataModelCacheKeyFactory>();
    }

    private void PrepareForSave()
    {
        ChangeTracker.DetectChanges();
        var entries = ChangeTracker.Entries().ToList();
        foreach (var entry in entries)
        {
            if (entry.Entity is EstimateSnapshot && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException(
                    "An estimate snapshot is a permanent record and cannot be changed or deleted. " +
                    "Save a new estimate instead.");
            }

            if (entry.Entity is AuditEntry && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The audit log is append-only: an audit entry cannot be changed or deleted.");
            }

            if (entry.Entity is ParameterSetVersion && entry.State is EntityState.Modified or EntityState.Deleted
                && entry.Property(nameof(ParameterSetVersion.Status)).OriginalValue is ParameterVersionStatus.Published)
            {
                throw new InvalidOperationException(
                    "A published parameter version is a permanent record and cannot be changed or deleted. " +
                    "Make a new draft from it and publish that instead.");
            }

            if (entry.Entity is Person person && entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Property(CaseReferenceHash.Column).CurrentValue = CaseReferenceHash.Of(this, person.CaseReference);
            }

            if (entry.Entity is IVersioned && entry.State == EntityState.Modified)
            {
                var version = entry.Property(nameof(IVersioned.Version));
                version.CurrentValue = (int)version.OriginalValue! + 1;
            }
        }

        // Added to this save, so the change and its audit entry are committed, or not, together.
        if (AuditRecorder.Describe(entries, AuditUser, AuditAction, Now()) is { } audit)
        {
            AuditEntries.Add(audit);
        }
    }

    private DateTimeOffset Now() =>
        (this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<TimeProvider>()
            ?? TimeProvider.System).GetUtcNow();
}
