using Formulate.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Formulate.Data.Configuration;

public sealed class AccuracyReportRecordConfiguration : IEntityTypeConfiguration<AccuracyReportRecord>
{
    public void Configure(EntityTypeBuilder<AccuracyReportRecord> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("AccuracyReports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.SampleName).HasMaxLength(200);
        builder.Property(r => r.QuestionSetVersion).HasMaxLength(150);
        builder.Property(r => r.ModelVersion).HasMaxLength(150);
        builder.Property(r => r.ConfigurationVersion).HasMaxLength(150);
        builder.Property(r => r.TolerancePercent).HasPrecision(5, 2);
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.HasOne<AccuracySample>().WithMany().HasForeignKey(r => r.AccuracySampleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.AccuracySampleId);
        builder.HasIndex(r => r.CreatedAt);
    }
}
