using Formulate.Data.Entities;
using Formulate.Data.Protection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Formulate.Data.Configuration;

public sealed class SelfAssessmentConfiguration : IEntityTypeConfiguration<SelfAssessment>
{
    public const int ReferenceLength = 20;

    public void Configure(EntityTypeBuilder<SelfAssessment> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("SelfAssessments");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Reference).HasMaxLength(ReferenceLength);
        builder.HasIndex(s => s.Reference).IsUnique();
        builder.HasIndex(s => s.InvitationCodeHash);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.QuestionSetVersion).HasMaxLength(50);
        builder.Property(s => s.InvitationCodeHash).HasMaxLength(64);
        builder.Property(s => s.InvitationSentBy).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Voice).HasMaxLength(10);
        builder.Property(s => s.HelperRelationship).HasMaxLength(30);
        builder.Property(s => s.HelperName).HasMaxLength(PersonalData.StoredLength);
        builder.Property(s => s.ContactEmail).HasMaxLength(PersonalData.StoredLength);
        builder.Property(s => s.ContactMobile).HasMaxLength(PersonalData.StoredLength);
        builder.Property(s => s.RequestName).HasMaxLength(PersonalData.StoredLength);
        builder.Property(s => s.RequestDateOfBirth).HasConversion(PersonalData.IsoDate).HasMaxLength(PersonalData.StoredLength);
        builder.Property(s => s.RequestPostcode).HasMaxLength(PersonalData.StoredLength);
        builder.Property(s => s.AssignedTo).HasMaxLength(256);
        builder.Property(s => s.ReturnCodeHash).HasMaxLength(64);
        builder.Property(s => s.ArrangesOwnCare).HasMaxLength(10);
        builder.Property(s => s.IndicativeWeekly).HasPrecision(18, 2);
        builder.Property(s => s.IndicativeModelVersion).HasMaxLength(150);
        builder.Property(s => s.IndicativeConfigurationVersion).HasMaxLength(150);
        builder.Property(s => s.CreatedBy).HasMaxLength(256);
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}
