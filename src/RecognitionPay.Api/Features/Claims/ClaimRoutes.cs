namespace RecognitionPay.Api.Features.Claims;

public static class ClaimRoutes
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var claims = app.MapGroup("/api/v1/claims").WithTags("Claims");
        SubmitClaim.Map(claims);
        ListClaims.Map(claims);
        GetClaim.Map(claims);
        ApproveClaim.Map(claims);
        RejectClaim.Map(claims);
        ReturnClaim.Map(claims);
        WithdrawClaim.Map(claims);
        ResubmitClaim.Map(claims);
        ListReceipts.Map(claims);
        OpenReceipt.Map(claims);
    }
}
