using Formulate.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Formulate.Data.Configuration;

public sealed class BenchmarkDatasetRecordConfiguration : IEntityTypeConfiguration<BenchmarkDatasetRecord>
{
    public void Configure(EntityTypeBuilder<BenchmarkDatasetRecord> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("BenchmarkDatasets");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Title).HasMaxLength(300);
        builder.Property(d => d.ImportedBy).HasMaxLength(256);
        builder.HasIndex(d => d.ImportedAt);
    }
}
