namespace RecognitionPay.Api.Features.Ledger;

public static class LedgerRoutes
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var ledger = app.MapGroup("/api/v1/ledger").WithTags("Ledger");
        GetTrialBalance.Map(ledger);
        ListLedgerEntries.Map(ledger);
    }
}
