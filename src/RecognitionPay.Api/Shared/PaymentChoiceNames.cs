using RecognitionPay.Domain.People;

namespace RecognitionPay.Api.Shared;

/// <summary>The words api.md uses for a person's payment choices (how they are paid, and what happens to pay over a cap).</summary>
public static class PaymentChoiceNames
{
    public static readonly string[] PaymentMethods = ["bank-transfer", "voucher", "none"];
    public static readonly string[] OverCapChoices = ["defer", "waive"];

    public static string Name(PaymentMethod method) => method switch
    {
        PaymentMethod.BankTransfer => "bank-transfer",
        PaymentMethod.Voucher => "voucher",
        _ => "none",
    };

    public static string Name(OverCapChoice choice) => choice == OverCapChoice.Waive ? "waive" : "defer";

    public static PaymentMethod ParsePaymentMethod(string? name) => name switch
    {
        "bank-transfer" => PaymentMethod.BankTransfer,
        "voucher" => PaymentMethod.Voucher,
        _ => PaymentMethod.None,
    };

    public static OverCapChoice ParseOverCapChoice(string? name) => name == "waive" ? OverCapChoice.Waive : OverCapChoice.Defer;
}
