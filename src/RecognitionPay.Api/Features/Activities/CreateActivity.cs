using FluentValidation;
using MediatR;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Pipeline;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Shared;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Activities;

namespace RecognitionPay.Api.Features.Activities;

/// <summary>Staff set up an activity of a type the policy in force on its date recognises.</summary>
public static class CreateActivity
{
    public sealed record Command(string? Title, string? ActivityTypeCode, LocalDate? Date, int? PlannedMinutes, int? PrepAllowanceMinutes)
        : ICommand<ActivityView>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Title).NotEmpty().Visible().MaximumLength(InputLimits.MaxNameLength);
            RuleFor(c => c.ActivityTypeCode).NotEmpty().MaximumLength(40);
            RuleFor(c => c.Date).NotNull();
            RuleFor(c => c.PlannedMinutes).NotNull().InclusiveBetween(0, InputLimits.MinutesInDay);
            RuleFor(c => c.PrepAllowanceMinutes).InclusiveBetween(0, InputLimits.MinutesInDay);
        }
    }

    internal sealed class Handler(AppDbContext db, PolicyBook policies, CurrentUser user, IClock clock, AuditTrail audit)
        : IRequestHandler<Command, ActivityView>
    {
        public async Task<ActivityView> Handle(Command command, CancellationToken cancellationToken)
        {
            var date = command.Date!.Value;
            var policy = await policies.InForceOnAsync(date, cancellationToken)
                ?? throw new InvalidFieldRefusal("date", $"No policy was in force on {date:yyyy-MM-dd}.");
            var type = policy.FindActivityType(command.ActivityTypeCode!)
                ?? throw new InvalidFieldRefusal("activityTypeCode", $"Policy {policy.Version} has no activity type with the code '{command.ActivityTypeCode}'.");
            var activity = Activity.Plan(
                ActivityId.New(), command.Title!, type, date, command.PlannedMinutes!.Value, command.PrepAllowanceMinutes, user.Actor, clock.GetCurrentInstant());
            db.Activities.Add(activity);
            var view = ActivityView.From(activity);
            audit.Record("ActivityCreated", "Activity", activity.Id.ToString(), after: view);
            return view;
        }
    }

    public static void Map(RouteGroupBuilder activities) =>
        activities.MapPost("/", async (Command command, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var activity = await mediator.Send(command, cancellationToken);
                return TypedResults.Created($"/api/v1/activities/{activity.Id}", activity);
            })
            .RequireRoles(Roles.Staff)
            .Produces<ActivityView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .WithName("CreateActivity")
            .WithSummary("Set up an activity");
}
