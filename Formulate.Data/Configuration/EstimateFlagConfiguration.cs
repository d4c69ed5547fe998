using Formulate.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Formulate.Data.Configuration;

public sealed class EstimateFlagConfiguration : IEntityTypeConfiguration<EstimateFlag>
{
    public void Configure(EntityTypeBuilder<EstimateFlag> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("EstimateFlags");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Reason).HasMaxLength(2000);
        builder.Property(f => f.FlaggedBy).HasMaxLength(256);
        builder.HasOne<EstimateSnapshot>().WithMany().HasForeignKey(f => f.EstimateSnapshotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(f => f.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.EstimateSnapshotId);
        builder.HasIndex(f => f.PersonId);
        builder.HasIndex(f => f.FlaggedAt);
    }
}
