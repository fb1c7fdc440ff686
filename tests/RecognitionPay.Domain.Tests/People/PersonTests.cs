using NodaTime;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Domain.Tests.People;

public sealed class PersonTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 11, 30, 9, 0);
    private static readonly SealedBankAccount Account = new("sealed", new BankAccount("A Morgan", "123456", "12345678").Masked());

    [Fact]
    public void A_bank_transfer_without_an_account_is_refused_on_the_bank_account()
    {
        var refusal = Assert.Throws<PersonRefusal>(() => Register(PaymentMethod.BankTransfer, account: null));

        Assert.Equal(("bankAccount", RefusalKind.InvalidField, "BankAccountRequired"), (refusal.Field, refusal.Kind, refusal.Code));
    }

    [Fact]
    public void A_benefit_declared_twice_is_refused_on_the_second_one()
    {
        var person = Register(PaymentMethod.Voucher, account: null);

        var refusal = Assert.Throws<PersonRefusal>(() => person.DeclareBenefits(
            [new BenefitDeclaration("pip", null, null), new BenefitDeclaration("carers-allowance", null, null), new BenefitDeclaration("pip", null, null)]));

        Assert.Equal("benefits[2].kind", refusal.Field);
        Assert.Empty(person.Benefits);
        Assert.Equal(1, person.Version);
    }

    [Fact]
    public void Changing_to_a_bank_transfer_keeps_the_account_already_held_and_counts_a_version()
    {
        var person = Register(PaymentMethod.BankTransfer, Account);

        person.ChangePaymentDetails(PaymentMethod.Voucher, account: null, OverCapChoice.Waive, eligibleForPayment: null);
        person.ChangePaymentDetails(PaymentMethod.BankTransfer, account: null, overCapChoice: null, eligibleForPayment: false);

        Assert.Equal((PaymentMethod.BankTransfer, "sealed", "****5678"), (person.PaymentMethod, person.SealedBankAccount, person.MaskedBankAccount!.AccountNumber));
        Assert.Equal((OverCapChoice.Waive, false, 3L), (person.OverCapChoice, person.EligibleForPayment, person.Version));
    }

    [Fact]
    public void A_person_is_registered_with_a_trimmed_name_and_a_lower_case_email()
    {
        var person = Person.Register(PersonId.New(), "  Una Morgan ", " Una@Example.ORG ", PaymentMethod.None, null, [], OverCapChoice.Defer, true, At);

        Assert.Equal(("Una Morgan", "una@example.org"), (person.DisplayName, person.Email));
    }

    private static Person Register(PaymentMethod method, SealedBankAccount? account) =>
        Person.Register(PersonId.New(), "Una", "una@example.org", method, account, [], OverCapChoice.Defer, true, At);
}
