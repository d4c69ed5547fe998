using Formulate.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Formulate.Data.Configuration;

public sealed class EstimateSnapshotConfiguration : IEntityTypeConfiguration<EstimateSnapshot>
{
    public void Configure(EntityTypeBuilder<EstimateSnapshot> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("EstimateSnapshots");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasOne<NeedsProfile>().WithMany().HasForeignKey(s => s.NeedsProfileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.CreatedBy).HasMaxLength(256);
        builder.Property(s => s.QuestionSetVersion).HasMaxLength(50);
        builder.Property(s => s.ModelVersion).HasMaxLength(50);
        builder.Property(s => s.ConfigurationVersion).HasMaxLength(50);
        builder.Property(s => s.WeeklyEstimate).HasPrecision(18, 2);
    }
}
