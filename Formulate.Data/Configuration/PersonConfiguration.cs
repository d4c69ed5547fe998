using Formulate.Data.Entities;
using Formulate.Data.Protection;
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
        // Names, addresses and case references are stored protected (PersonalData), which is longer than what was typed.
        // A protected reference reads differently every time it is stored, so its keyed hash is what is unique and looked up.
        builder.Property(p => p.CaseReference).HasMaxLength(PersonalData.StoredLength);
        builder.Property<string?>(CaseReferenceHash.Column).HasMaxLength(CaseReferenceHash.Length);
        builder.HasIndex(CaseReferenceHash.Column).IsUnique();
        builder.Property(p => p.GivenName).HasMaxLength(PersonalData.StoredLength);
        builder.Property(p => p.FamilyName).HasMaxLength(PersonalData.StoredLength);
        builder.Property(p => p.Title).HasMaxLength(PersonalData.StoredLength);
        builder.Property(p => p.PreferredName).HasMaxLength(PersonalData.StoredLength);
        builder.Property(p => p.DateOfBirth).HasConversion(PersonalData.IsoDate).HasMaxLength(PersonalData.StoredLength);
        builder.Property(p => p.AddressLine1).HasMaxLength(PersonalData.StoredLength);
        builder.Property(p => p.AddressLine2).HasMaxLength(PersonalData.StoredLength);
        builder.Property(p => p.Town).HasMaxLength(PersonalData.StoredLength);
        builder.Property(p => p.Postcode).HasMaxLength(PersonalData.StoredLength);
        builder.Property(p => p.Team).HasMaxLength(100);
        builder.HasIndex(p => p.Team);
        builder.Property(p => p.CreatedBy).HasMaxLength(256);
        builder.Property(p => p.Version).IsConcurrencyToken();
    }
}
