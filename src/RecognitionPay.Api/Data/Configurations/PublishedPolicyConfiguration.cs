using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RecognitionPay.Api.Data.Configurations;

internal sealed class PublishedPolicyConfiguration : IEntityTypeConfiguration<PublishedPolicy>
{
    public void Configure(EntityTypeBuilder<PublishedPolicy> builder)
    {
        builder.ToTable("policies");
        builder.HasKey(p => p.Version);
        builder.Property(p => p.Version).HasMaxLength(40);
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.Summary).HasMaxLength(400);
        builder.Property(p => p.PublishedBy).HasMaxLength(200);
        builder.HasIndex(p => new { p.EffectiveFrom, p.PublishedAt });
    }
}
