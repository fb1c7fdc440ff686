namespace RecognitionPay.Api.Features.PaymentRuns;

/// <summary>
/// The payment-run routes. The public contract (api.md) names a payment run a "batch" in its path, so the path is
/// kept as it was published; everywhere else, in the code and its words, it is a payment run.
/// </summary>
public static class PaymentRunRoutes
{
    public const string Path = "/api/v1/batches";

    public static void Map(IEndpointRouteBuilder app)
    {
        var runs = app.MapGroup(Path).WithTags("Payment runs");
        CreatePaymentRun.Map(runs);
        ListPaymentRuns.Map(runs);
        PreviewPaymentRun.Map(runs);
        GetPaymentRun.Map(runs);
        MarkRunPaid.Map(runs);
        MarkItemFailed.Map(runs);
        ExportPaymentFile.Map(runs);
    }
}
