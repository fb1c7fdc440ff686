namespace RecognitionPay.Domain.People;

/// <summary>A change that would leave a person unpayable or their benefits unclear, refused on the field to correct.</summary>
public sealed class PersonRefusal : Refusal
{
    private PersonRefusal(string code, string field, string message)
        : base(RefusalKind.InvalidField, "Some of what was sent is not valid.", message, code, field)
    {
    }

    public static PersonRefusal BankAccountRequired() =>
        new(nameof(BankAccountRequired), "bankAccount", "Bank transfer needs the bank account to pay into.");

    public static PersonRefusal BenefitDeclaredTwice(int index, string kind) =>
        new(nameof(BenefitDeclaredTwice), $"benefits[{index}].kind", $"The benefit '{kind}' is declared twice: declare each benefit once.");
}
