namespace RecognitionPay.Domain.People;

/// <summary>How a person is paid.</summary>
public enum PaymentMethod
{
    BankTransfer,
    Voucher,
    None,
}

/// <summary>What happens to pay over a benefits limit: held for a later run, or given up.</summary>
public enum OverCapChoice
{
    Defer,
    Waive,
}
