using Formulate.Data.Entities;
using Formulate.Data.Protection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Formulate.Data.Configuration;

public sealed class LookupKeyConfiguration : IEntityTypeConfiguration<LookupKey>
{
    public void Configure(EntityTypeBuilder<LookupKey> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("LookupKeys");
        builder.HasKey(k => k.Purpose);
        builder.Property(k => k.Purpose).HasMaxLength(LookupKeys.PurposeLength);
        builder.Property(k => k.ProtectedKey).HasMaxLength(PersonalData.StoredLength);
    }
}
