using Formulate.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Formulate.Data.Configuration;

public sealed class ParameterSetVersionConfiguration : IEntityTypeConfiguration<ParameterSetVersion>
{
    /// <summary>At most one draft of each kind: two officers starting a draft at the same moment get one draft between them.</summary>
    public const string OneDraftPerKindIndex = "IX_ParameterSetVersions_OneDraftPerKind";

    public const string DraftFilter = "\"Status\" = 'Draft'";

    public void Configure(EntityTypeBuilder<ParameterSetVersion> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("ParameterSetVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(v => v.SetId).HasMaxLength(100);
        builder.Property(v => v.SetVersion).HasMaxLength(50);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Note).HasMaxLength(2000);
        builder.Property(v => v.CreatedBy).HasMaxLength(256);
        builder.Property(v => v.UpdatedBy).HasMaxLength(256);
        builder.Property(v => v.PublishedBy).HasMaxLength(256);
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.Ignore(v => v.Stamp);
        builder.HasIndex(v => new { v.Kind, v.SetId, v.SetVersion }).IsUnique();
        builder.HasIndex(v => new { v.Kind, v.Status });
        builder.HasIndex(v => v.Kind, OneDraftPerKindIndex).IsUnique().HasFilter(DraftFilter);
    }
}
