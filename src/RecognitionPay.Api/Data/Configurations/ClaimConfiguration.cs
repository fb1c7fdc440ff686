using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecognitionPay.Api.Data.Conversions;
using RecognitionPay.Domain.Activities;
using RecognitionPay.Domain.Claims;
using RecognitionPay.Domain.People;
using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Api.Data.Configurations;

/// <summary>
/// Maps the domain's Claim aggregate as it is; the domain knows nothing of this. The claimant's account is one complex
/// property whose columns keep their names. EF Core cannot index a complex property, so the indexes on ActivityDate
/// (alone, and after PersonId) are made by the migrations themselves and are not in the model.
/// </summary>
internal sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> builder)
    {
        builder.ToTable("claims");
        builder.HasKey(c => c.Id);
        builder.ComplexProperty(c => c.Details, details =>
        {
            details.Property(d => d.ActivityTypeCode).HasColumnName("ActivityTypeCode").HasMaxLength(40);
            details.Property(d => d.ActivityDate).HasColumnName("ActivityDate");
            details.Property(d => d.AttendedMinutes).HasColumnName("AttendedMinutes");
            details.Property(d => d.PrepMinutes).HasColumnName("PrepMinutes");
            details.Property(d => d.TravelMinutes).HasColumnName("TravelMinutes");
            details.Property(d => d.Expenses).HasColumnName("Expenses")
                .HasConversion(new JsonColumnConverter<IReadOnlyList<ExpenseToPrice>>(), JsonColumnConverter<IReadOnlyList<ExpenseToPrice>>.Comparer);
            details.Property(d => d.Recognition).HasColumnName("Recognition").HasConversion<string>().HasMaxLength(20);
            details.Property(d => d.Note).HasColumnName("Note").HasMaxLength(2000);
        });
        builder.Property(c => c.PolicyVersion).HasMaxLength(40);
        builder.Property(c => c.SubmittedBy).HasMaxLength(200);
        builder.Property(c => c.DecidedBy).HasMaxLength(200);
        builder.Property(c => c.Reason).HasMaxLength(2000);
        builder.Property(c => c.AnswerToChange).HasMaxLength(40);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Lines)
            .HasConversion(new JsonColumnConverter<IReadOnlyList<ClaimLine>>(), JsonColumnConverter<IReadOnlyList<ClaimLine>>.Comparer);
        builder.Property(c => c.Warnings)
            .HasConversion(new JsonColumnConverter<IReadOnlyList<ClaimWarning>>(), JsonColumnConverter<IReadOnlyList<ClaimWarning>>.Comparer);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Activity>().WithMany().HasForeignKey(c => c.ActivityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.Status, c.SubmittedAt });
        builder.HasIndex(c => c.PersonId);

        // Everything a payment run sums and pays whole of each person's approved claims, read from the index alone
        // (UntouchedClaims), not from the claims' wide rows.
        builder.HasIndex(c => new { c.Status, c.PersonId, c.Involvement, c.Prep, c.Travel, c.ExpensesTotal, c.Id });
    }
}
