using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Api.Security;

/// <summary>Encrypts bank details at rest with ASP.NET Core Data Protection (keys kept in the database).</summary>
public sealed class BankDetailsProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("RecognitionPay.BankDetails.v1");

    public SealedBankAccount Seal(BankAccount account) =>
        new(_protector.Protect(JsonSerializer.Serialize(new Sealed(account.AccountName, account.SortCode, account.AccountNumber))), account.Masked());

    public BankAccount Unseal(string sealedAccount)
    {
        var plain = JsonSerializer.Deserialize<Sealed>(_protector.Unprotect(sealedAccount))!;
        return new BankAccount(plain.Name, plain.SortCode, plain.AccountNumber);
    }

    private sealed record Sealed(string Name, string SortCode, string AccountNumber);
}
