using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecognitionPay.Domain.Activities;
using RecognitionPay.Domain.Benefits;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Api.Data.Configurations;

/// <summary>
/// Each person's running totals of pay by payment date. The person's row carries a concurrency token that every run
/// (and every failed payment) moves on, so two runs on any number of nodes can never spend the same room or pay the
/// same claim twice: the second to save is refused and gathers again.
/// </summary>
internal sealed class EarningsConfiguration : IEntityTypeConfiguration<Earnings>, IEntityTypeConfiguration<EarningsDay>
{
    public void Configure(EntityTypeBuilder<Earnings> builder)
    {
        builder.ToTable("earnings");
        builder.HasKey(e => e.PersonId);
        builder.Property(e => e.PersonId).ValueGeneratedNever();
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasOne<Person>().WithOne().HasForeignKey<Earnings>(e => e.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Days).WithOne().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<EarningsDay> builder)
    {
        builder.ToTable("earnings_days");
        builder.HasKey(d => new { d.PersonId, d.Date });
    }
}
