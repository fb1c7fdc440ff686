using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Pipeline;
using RecognitionPay.Api.Security;

namespace RecognitionPay.Api.Features.Calendars;

/// <summary>
/// Adds England and Wales bank holidays from GOV.UK's bank-holidays.json (only the england-and-wales division is
/// read). Dates already known are kept; new ones are added. Used at start with policies/calendars and by finance.
/// </summary>
public static class ImportBankHolidays
{
    public sealed record Command(GovUkBankHolidays Calendar) : ICommand<BankHolidaysView>;

    public sealed record GovUkBankHolidays([property: JsonPropertyName("england-and-wales")] Division? EnglandAndWales);

    public sealed record Division(IReadOnlyList<HolidayEvent>? Events);

    public sealed record HolidayEvent(string? Title, LocalDate? Date);

    public sealed record BankHolidaysView(int Added, int Known, LocalDate? First, LocalDate? Last);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Calendar.EnglandAndWales).NotNull().OverridePropertyName("england-and-wales");
            RuleFor(c => c.Calendar.EnglandAndWales!.Events).NotEmpty().When(c => c.Calendar.EnglandAndWales is not null)
                .OverridePropertyName("england-and-wales.events");
            RuleForEach(c => c.Calendar.EnglandAndWales!.Events).ChildRules(e =>
            {
                e.RuleFor(h => h.Title).NotEmpty().Visible().MaximumLength(InputLimits.MaxNameLength);
                e.RuleFor(h => h.Date).NotNull();
            }).When(c => c.Calendar.EnglandAndWales?.Events is not null).OverridePropertyName("england-and-wales.events");
        }
    }

    internal sealed class Handler(AppDbContext db, AuditTrail audit) : IRequestHandler<Command, BankHolidaysView>
    {
        public async Task<BankHolidaysView> Handle(Command command, CancellationToken cancellationToken)
        {
            var known = (await db.BankHolidays.Select(h => h.Date).ToListAsync(cancellationToken)).ToHashSet();
            var added = command.Calendar.EnglandAndWales!.Events!
                .Where(e => known.Add(e.Date!.Value))
                .Select(e => new BankHoliday { Date = e.Date!.Value, Title = e.Title!.Trim() })
                .ToList();
            db.BankHolidays.AddRange(added);
            var view = new BankHolidaysView(added.Count, known.Count, known.Count == 0 ? null : known.Min(), known.Count == 0 ? null : known.Max());
            if (added.Count > 0)
            {
                audit.Record("BankHolidaysAdded", "Calendar", "england-and-wales", after: added.Select(h => h.Date));
            }

            return view;
        }
    }

    public static async Task<GovUkBankHolidays> ReadAsync(Stream json, CancellationToken cancellationToken) =>
        await JsonSerializer.DeserializeAsync<GovUkBankHolidays>(json, JsonSettings.Create(), cancellationToken)
            ?? throw new InvalidFieldRefusal("body", "The calendar is empty.");

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPut("/api/v1/calendars/bank-holidays", async (HttpRequest request, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new Command(await ReadAsync(request.Body, cancellationToken)), cancellationToken)))
            .RequireRoles(Roles.Finance, Roles.Admin)
            .WithTags("Calendars")
            .Accepts<GovUkBankHolidays>("application/json")
            .Produces<BankHolidaysView>()
            .ProducesValidationProblem()
            .WithName("ImportBankHolidays")
            .WithSummary("Add England and Wales bank holidays from GOV.UK's bank-holidays.json");
}
