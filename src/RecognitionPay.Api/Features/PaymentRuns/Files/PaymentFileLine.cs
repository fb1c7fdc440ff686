using RecognitionPay.Domain;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Api.Features.PaymentRuns.Files;

/// <summary>One payee line of a payment file: one payment item of a run.</summary>
/// <param name="Account">The full bank details; required for a bank transfer, absent for a voucher.</param>
public sealed record PaymentFileLine(Guid ItemId, Guid PersonId, string PayeeName, PaymentMethod Method, BankAccount? Account, Money Amount, IReadOnlyList<Guid> ClaimIds);
