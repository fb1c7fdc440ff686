using System.Text.Json;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Features.Activities;
using RecognitionPay.Api.Features.Claims;
using RecognitionPay.Api.Features.People;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Shared;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Time;

namespace RecognitionPay.Api.Hosting;

/// <summary>
/// Loads seeds/*.json into an empty database through the same commands people use, each acting as the person the
/// seed names, so the demo's claims are priced, decided, posted and audited exactly as real ones.
/// </summary>
public sealed class SeedImport(IServiceScopeFactory scopes, AppDbContext db, IClock clock, ILogger<SeedImport> logger)
{
    private static readonly JsonSerializerOptions Json = JsonSettings.Create();

    public async Task ImportAsync(string directory, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(directory) || await db.People.AnyAsync(cancellationToken))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var seed = JsonSerializer.Deserialize<DemoSeed>(await File.ReadAllTextAsync(file, cancellationToken), Json)
                ?? throw new InvalidOperationException($"{file} holds no demo data.");
            await LoadAsync(seed, cancellationToken);
            logger.LogInformation("Loaded demo data from {File}: {People} people, {Claims} claims.", Path.GetFileName(file), seed.People.Count, seed.Claims.Count);
        }
    }

    private async Task LoadAsync(DemoSeed seed, CancellationToken cancellationToken)
    {
        var today = LondonCalendar.Today(clock);
        var people = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in seed.People)
        {
            people[person.Email!] = (await SendAsync(seed.Staff, Roles.Staff, person, cancellationToken)).Id;
        }

        var activities = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var activity in seed.Activities)
        {
            var command = new CreateActivity.Command(activity.Title, activity.ActivityTypeCode, today.PlusDays(-activity.DaysAgo), activity.PlannedMinutes, activity.PrepAllowanceMinutes);
            activities[activity.Key] = (await SendAsync(seed.Staff, Roles.Staff, command, cancellationToken)).Id;
        }

        foreach (var (claim, index) in seed.Claims.Select((c, i) => (c, i)))
        {
            var input = new ClaimInput(people[claim.Person], activities[claim.Activity], null, null, claim.AttendedMinutes, claim.PrepMinutes, claim.TravelMinutes, claim.Expenses, claim.Recognition, claim.Note);
            var submitted = await SendAsync(claim.SubmittedBy, RoleOf(claim.SubmittedBy, people), new SubmitClaim.Command($"demo-{index}", input), cancellationToken);
            foreach (var decision in claim.Decisions ?? [])
            {
                IRequest<ClaimView> command = decision.Decision switch
                {
                    "approve" => new ApproveClaim.Command(new ClaimId(submitted.Id), null),
                    "reject" => new RejectClaim.Command(new ClaimId(submitted.Id), null, new DecisionReason(decision.Reason)),
                    "return" => new ReturnClaim.Command(new ClaimId(submitted.Id), null, new ReturnClaim.ReturnReason(decision.Reason)),
                    "withdraw" => new WithdrawClaim.Command(new ClaimId(submitted.Id), null),
                    _ => throw new InvalidOperationException($"Unknown demo decision '{decision.Decision}'."),
                };
                await SendAsync(decision.By, RoleOf(decision.By, people), command, cancellationToken);
            }
        }
    }

    private static string RoleOf(string email, Dictionary<string, Guid> people) => people.ContainsKey(email) ? Roles.CoProducer : Roles.Staff;

    private async Task<T> SendAsync<T>(string email, string role, IRequest<T> request, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Assume(email, role);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, cancellationToken);
    }

    private sealed record DemoSeed(string Staff, IReadOnlyList<RegisterPerson.Command> People, IReadOnlyList<DemoActivity> Activities, IReadOnlyList<DemoClaim> Claims);

    private sealed record DemoActivity(string Key, string Title, string ActivityTypeCode, int DaysAgo, int PlannedMinutes, int? PrepAllowanceMinutes);

    private sealed record DemoClaim(
        string Person,
        string SubmittedBy,
        string Activity,
        int AttendedMinutes,
        int? PrepMinutes,
        int? TravelMinutes,
        IReadOnlyList<ExpenseInput>? Expenses,
        string Recognition,
        string? Note,
        IReadOnlyList<DemoDecision>? Decisions);

    private sealed record DemoDecision(string Decision, string By, string? Reason);
}
