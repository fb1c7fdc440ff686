using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecognitionPay.Api.Data.Conversions;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Api.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("people");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.DisplayName).HasMaxLength(200);
        builder.Property(p => p.Email).HasMaxLength(200);
        builder.HasIndex(p => p.Email).IsUnique();
        builder.Property(p => p.PaymentMethod).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.OverCapChoice).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.MaskedBankAccount)
            .HasConversion(new JsonColumnConverter<MaskedBankAccount?>(), JsonColumnConverter<MaskedBankAccount?>.Comparer);
        builder.Property(p => p.Benefits)
            .HasConversion(new JsonColumnConverter<IReadOnlyList<BenefitDeclaration>>(), JsonColumnConverter<IReadOnlyList<BenefitDeclaration>>.Comparer);
        builder.Property(p => p.Version).IsConcurrencyToken();
    }
}
