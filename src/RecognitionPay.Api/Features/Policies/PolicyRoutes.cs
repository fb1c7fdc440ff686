namespace RecognitionPay.Api.Features.Policies;

public static class PolicyRoutes
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var policies = app.MapGroup("/api/v1/policies").WithTags("Policies");
        ListPolicies.Map(policies);
        GetPolicyInForce.Map(policies);
        GetPolicy.Map(policies);
        PublishPolicy.Map(policies);
    }
}
