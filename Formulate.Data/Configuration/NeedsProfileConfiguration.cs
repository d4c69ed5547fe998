using Formulate.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Formulate.Data.Configuration;

public sealed class NeedsProfileConfiguration : IEntityTypeConfiguration<NeedsProfile>
{
    public void Configure(EntityTypeBuilder<NeedsProfile> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("NeedsProfiles");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        // Case records are kept, not cascaded away with the person.
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.QuestionSetVersion).HasMaxLength(50);
        builder.Property(p => p.AnswersJson);
        builder.Property(p => p.CarriedForwardJson).HasDefaultValue(NeedsProfile.NoneCarriedForward);
        builder.Property(p => p.CreatedBy).HasMaxLength(256);
        builder.Property(p => p.UpdatedBy).HasMaxLength(256);
        builder.Property(p => p.Version).IsConcurrencyToken();
    }
}
