using Formulate.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Formulate.Data.Configuration;

public sealed class UserRoleConfiguration : IEntityTypeConfiguration<UserRole>
{
    public void Configure(EntityTypeBuilder<UserRole> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("UserRoles");
        builder.HasKey(r => new { r.UserAccountId, r.Role });
        builder.Property(r => r.Role).HasConversion<string>().HasMaxLength(40);
    }
}
