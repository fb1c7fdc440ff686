using System.Net;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecognitionPay.Api.Features.PaymentRuns;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Features.PaymentRuns;

public sealed class PaymentRunJobTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    [Fact]
    public void The_recurring_job_is_registered_with_the_schedule_of_the_policy_in_force_in_London_time()
    {
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();

        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == PaymentRunJob.Id);

        Assert.Equal("0 9 * * TUE", job.Cron);
        Assert.Equal("Europe/London", job.TimeZoneId);
    }

    [Fact]
    public async Task Running_the_job_body_twice_makes_one_run_and_pays_each_claim_once()
    {
        await app.RegisterPerson("job.person@example.org");
        var claim = await app.As(Roles.CoProducer, "job.person@example.org").SubmitOk(Scenario.Meeting());
        await app.As(Roles.Staff, "approver@council.example").Decide((Guid)claim["id"]!, "approve");

        for (var i = 0; i < 2; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<PaymentRunJob>().RunAsync(CancellationToken.None);
        }

        var runs = await app.InDatabase(db => db.PaymentRuns.Where(r => r.ScheduledFor != null).ToListAsync());
        var run = Assert.Single(runs);
        Assert.Equal(PaymentRunJob.Actor, run.CreatedBy);
        Assert.Equal(Scenario.MeetingTotalPence, run.Total.Pence);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData(Roles.Staff, HttpStatusCode.Forbidden)]
    [InlineData(Roles.CoProducer, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Finance, HttpStatusCode.OK)]
    [InlineData(Roles.Admin, HttpStatusCode.OK)]
    public async Task The_dashboard_is_for_finance_and_admin_only(string? role, HttpStatusCode expected)
    {
        var client = role is null ? app.Anonymous() : app.As(role);

        var response = await client.GetAsync("/hangfire");

        Assert.Equal(expected, response.StatusCode);
    }
}
