using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Data.Conversions;

/// <summary>Stores NodaTime and domain values in columns every provider understands and sorts correctly.</summary>
internal sealed class LocalDateConverter() : ValueConverter<LocalDate, DateOnly>(d => d.ToDateOnly(), d => LocalDate.FromDateOnly(d));

internal sealed class InstantConverter() : ValueConverter<Instant, DateTime>(
    i => i.ToDateTimeUtc(),
    d => Instant.FromDateTimeUtc(DateTime.SpecifyKind(d, DateTimeKind.Utc)));

internal sealed class MoneyConverter() : ValueConverter<Money, long>(m => m.Pence, p => Money.FromPence(p));
