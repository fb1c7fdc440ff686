namespace RecognitionPay.Domain.Pricing;

public enum LineKind
{
    Involvement,
    Prep,
    Travel,
    Expense,
}
