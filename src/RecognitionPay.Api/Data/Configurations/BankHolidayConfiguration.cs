using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RecognitionPay.Api.Data.Configurations;

internal sealed class BankHolidayConfiguration : IEntityTypeConfiguration<BankHoliday>
{
    public void Configure(EntityTypeBuilder<BankHoliday> builder)
    {
        builder.ToTable("bank_holidays");
        builder.HasKey(h => h.Date);
        builder.Property(h => h.Title).HasMaxLength(200);
    }
}
