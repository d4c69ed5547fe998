using Formulate.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Formulate.Data.Configuration;

public sealed class AccuracySampleConfiguration : IEntityTypeConfiguration<AccuracySample>
{
    public void Configure(EntityTypeBuilder<AccuracySample> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("AccuracySamples");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.UploadedBy).HasMaxLength(256);
        builder.HasIndex(s => s.UploadedAt);
    }
}
