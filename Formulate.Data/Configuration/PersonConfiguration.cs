using Formulate.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Formulate.Data.Configuration;

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("People");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.CaseReference).HasMaxLength(50);
        builder.HasIndex(p => p.CaseReference).IsUnique();
        builder.Property(p => p.GivenName).HasMaxLength(100);
        builder.Property(p => p.FamilyName).HasMaxLength(100);
        builder.Property(p => p.AddressLine1).HasMaxLength(200);
        builder.Property(p => p.AddressLine2).HasMaxLength(200);
        builder.Property(p => p.Town).HasMaxLength(100);
        builder.Property(p => p.Postcode).HasMaxLength(10);
        builder.Property(p => p.Team).HasMaxLength(100);
        builder.HasIndex(p => p.Team);
        builder.Property(p => p.CreatedBy).HasMaxLength(256);
        builder.Property(p => p.Version).IsConcurrencyToken();
    }
}
