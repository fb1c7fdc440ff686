namespace RecognitionPay.Api.Features.Activities;

public static class ActivityRoutes
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var activities = app.MapGroup("/api/v1/activities").WithTags("Activities");
        CreateActivity.Map(activities);
        ListActivities.Map(activities);
    }
}
