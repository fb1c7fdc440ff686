using NodaTime;

namespace RecognitionPay.Api.Data;

/// <summary>An England and Wales bank holiday: no payment date falls on one.</summary>
public sealed class BankHoliday
{
    public LocalDate Date { get; init; }

    public required string Title { get; init; }
}
