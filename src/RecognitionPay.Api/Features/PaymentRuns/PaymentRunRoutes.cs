namespace RecognitionPay.Api.Features.PaymentRuns;

public static class PaymentRunRoutes
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var batches = app.MapGroup("/api/v1/batches").WithTags("Payment runs");
        CreatePaymentRun.Map(batches);
        ListPaymentRuns.Map(batches);
        GetPaymentRun.Map(batches);
        MarkRunPaid.Map(batches);
        MarkItemFailed.Map(batches);
        ExportPaymentFile.Map(batches);
    }
}
