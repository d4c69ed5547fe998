using Formulate.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Formulate.Data.Configuration;

public sealed class SelfAssessmentReviewConfiguration : IEntityTypeConfiguration<SelfAssessmentReview>
{
    public void Configure(EntityTypeBuilder<SelfAssessmentReview> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("SelfAssessmentReviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<SelfAssessment>().WithMany().HasForeignKey(r => r.SelfAssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<NeedsProfile>().WithMany().HasForeignKey(r => r.ProfileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.SelfAssessmentId, r.QuestionId }).IsUnique();
        builder.Property(r => r.QuestionId).HasMaxLength(100);
        builder.Property(r => r.PersonAnswer).HasMaxLength(100);
        builder.Property(r => r.PractitionerAnswer).HasMaxLength(100);
        builder.Property(r => r.ReviewedBy).HasMaxLength(256);
        builder.Ignore(r => r.Accepted);
    }
}
