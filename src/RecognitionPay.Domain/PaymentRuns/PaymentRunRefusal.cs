namespace RecognitionPay.Domain.PaymentRuns;

/// <summary>A change a payment run refuses, with a stable code and a plain message.</summary>
public sealed class PaymentRunRefusal : Refusal
{
    private PaymentRunRefusal(string code, string message)
        : base(RefusalKind.Conflict, "The payment run cannot do that now.", message, code)
    {
    }

    public static PaymentRunRefusal NotReady(PaymentRunStatus status) =>
        new(nameof(NotReady), $"This run is {status}, so it cannot be marked paid.");

    public static PaymentRunRefusal UnknownItem() => new(nameof(UnknownItem), "This run has no such item.");

    public static PaymentRunRefusal ItemAlreadyFailed() => new(nameof(ItemAlreadyFailed), "This item is already marked failed.");

    public static PaymentRunRefusal NothingLeftToPay() => new(nameof(NothingLeftToPay), "Every item in this run has failed, so there is nothing to mark paid.");

    public static PaymentRunRefusal ApproverCannotConfirm() =>
        new(nameof(ApproverCannotConfirm), "You approved a claim this run pays, so someone else must mark it paid.");

    public static PaymentRunRefusal ReasonRequired() => new(nameof(ReasonRequired), "Say why the payment failed, so the person's statement can explain it.");
}
