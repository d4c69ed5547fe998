using Formulate.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Formulate.Data.Configuration;

public sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("ApiKeys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Name).HasMaxLength(200);
        builder.Property(k => k.KeyHash).HasMaxLength(200);
        builder.Property(k => k.Prefix).HasMaxLength(20);
        builder.HasIndex(k => k.Prefix).IsUnique();
        builder.Property(k => k.CreatedBy).HasMaxLength(256);
    }
}
