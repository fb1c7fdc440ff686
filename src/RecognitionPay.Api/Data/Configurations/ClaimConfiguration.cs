using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecognitionPay.Api.Data.Conversions;
using RecognitionPay.Domain.Activities;
using RecognitionPay.Domain.Claims;
using RecognitionPay.Domain.People;
using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Api.Data.Configurations;

/// <summary>Maps the domain's Claim aggregate as it is; the domain knows nothing of this.</summary>
internal sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> builder)
    {
        builder.ToTable("claims");
        builder.HasKey(c => c.Id);
        builder.Ignore(c => c.Details);
        builder.Property(c => c.ActivityTypeCode).HasMaxLength(40);
        builder.Property(c => c.Note).HasMaxLength(2000);
        builder.Property(c => c.PolicyVersion).HasMaxLength(40);
        builder.Property(c => c.SubmittedBy).HasMaxLength(200);
        builder.Property(c => c.DecidedBy).HasMaxLength(200);
        builder.Property(c => c.Reason).HasMaxLength(2000);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Recognition).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Expenses)
            .HasConversion(new JsonColumnConverter<IReadOnlyList<ExpenseToPrice>>(), JsonColumnConverter<IReadOnlyList<ExpenseToPrice>>.Comparer);
        builder.Property(c => c.Lines)
            .HasConversion(new JsonColumnConverter<IReadOnlyList<ClaimLine>>(), JsonColumnConverter<IReadOnlyList<ClaimLine>>.Comparer);
        builder.Property(c => c.Warnings)
            .HasConversion(new JsonColumnConverter<IReadOnlyList<ClaimWarning>>(), JsonColumnConverter<IReadOnlyList<ClaimWarning>>.Comparer);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Activity>().WithMany().HasForeignKey(c => c.ActivityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.Status, c.SubmittedAt });
        builder.HasIndex(c => new { c.PersonId, c.ActivityDate });
        builder.HasIndex(c => c.ActivityDate);
    }
}
