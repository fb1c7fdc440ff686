namespace RecognitionPay.Api.Features.People;

public static class PeopleRoutes
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var people = app.MapGroup("/api/v1/people").WithTags("People");
        RegisterPerson.Map(people);
        ListPeople.Map(people);
        GetPerson.Map(people);
        UpdateBenefits.Map(people);
        UpdatePaymentDetails.Map(people);
    }
}
