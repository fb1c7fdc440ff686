using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecognitionPay.Domain.Activities;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Api.Data.Configurations;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.ToTable("activities");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.Property(a => a.ActivityTypeCode).HasMaxLength(40);
        builder.Property(a => a.CreatedBy).HasMaxLength(200);
        builder.HasIndex(a => a.Date);
    }
}
